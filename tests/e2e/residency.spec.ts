// Residency verified in person: a person without a verified residency sees how to get one and
// their account code; a district official enters that code and the person's ИИН; the person's
// profile then shows the verified residency with its provenance.
import { expect, test } from '@playwright/test'
import { BOOT_TIMEOUT, signInAsDemo, switchDemo } from './support'

const PERSON = 'Official of the Medeu district akimat'
const OFFICIAL = 'Official of the Saryarka district akimat'

test('an official verifies a person in person by their account code and ИИН', async ({ page }) => {
  test.setTimeout(4 * BOOT_TIMEOUT)
  await page.goto('/?city=astana&cycle=astana-2026&lang=en')
  await signInAsDemo(page, PERSON)
  await page.locator('.session-name').click()
  const residency = page.locator('form.composer .residency')
  await expect(residency).toHaveAttribute('data-verified', 'false')
  await expect(residency).toContainText('Your residency is not verified')
  const code = (await residency.locator('.account-code').textContent())!.trim()
  expect(code).toMatch(/^[0-9A-F]{10}$/)
  await page.getByRole('button', { name: 'Close the profile' }).click()

  await switchDemo(page, OFFICIAL)
  const form = page.locator('.verify-resident-form')
  await form.getByLabel('Account code').fill(code)
  // A mistyped ИИН is refused before anything is sent.
  await form.getByLabel('IIN (12 digits)').fill('900101300016')
  await form.getByRole('button', { name: 'Verify residency' }).click()
  await expect(form.locator('.field-error')).toContainText('This is not a valid IIN')
  await form.getByLabel('IIN (12 digits)').fill('900101300017')
  await form.getByRole('button', { name: 'Verify residency' }).click()
  await expect(form.locator('.report-done')).toHaveText(
    `Account ${code} verified as a resident of Saryarka.`,
  )

  await switchDemo(page, PERSON)
  await page.locator('.session-name').click()
  await expect(residency).toHaveAttribute('data-verified', 'true')
  await expect(residency).toContainText(
    'Verified resident of Saryarka (checked in person at the akimat,',
  )
})
