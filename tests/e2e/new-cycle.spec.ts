// A city administrator creates next year's cycle: a missing title is named, the selection rule is
// declared, the total is shared among the districts to the tenge, and the new cycle opens in
// planning, listed for everyone.
import { expect, test } from '@playwright/test'
import { signInAsDemo } from './support'

test('an administrator creates a cycle with allocations and phase dates', async ({
  page,
}, testInfo) => {
  await page.goto('/?city=almaty&cycle=almaty-2026&lang=en')
  await signInAsDemo(page, 'Administrator of Almaty')
  await page.getByRole('button', { name: 'Create a new cycle' }).click()
  const form = page.locator('.cycle-form')
  await expect(form.getByRole('heading', { name: 'New cycle of Almaty' })).toBeFocused()

  await form.getByLabel('Year').fill('2027')
  await form.getByLabel('Title in Kazakh').fill('Алматы қаласының қатысу бюджеті, 2027')
  await form.getByLabel('Title in Russian').fill('Бюджет участия города Алматы, 2027')
  await form.getByRole('button', { name: 'Create the cycle' }).click()
  const english = form.getByLabel('Title in English')
  await expect(english).toBeFocused()
  await expect(english).toHaveAttribute('aria-invalid', 'true')

  await english.fill('Almaty participatory budget, 2027')
  // The selection rule is declared now, before anyone votes.
  await expect(form.getByLabel('Greedy (most votes)')).toBeChecked()
  await form.getByLabel('Equal Shares', { exact: true }).check()
  await form.getByLabel('Total to share, ₸').fill('4 000 000 003')
  await form.getByRole('button', { name: 'Share equally among the districts' }).click()
  await expect(form).toContainText('Total allocated: 4,000,000,003 ₸')
  await page.screenshot({ path: testInfo.outputPath('new-cycle.png'), fullPage: true })
  await form.getByRole('button', { name: 'Create the cycle' }).click()

  await expect(page).toHaveURL(/cycle=almaty-2027/)
  await expect(page.locator('.panel-title')).toHaveText('Almaty participatory budget, 2027')
  await expect(page.locator('.facts')).toContainText('Planning')
  await expect(page.locator('.facts')).toContainText('4 bn ₸')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.locator('.pickers select').nth(1)).toContainText(
    'Almaty participatory budget, 2027',
  )
})
