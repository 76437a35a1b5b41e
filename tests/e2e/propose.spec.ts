// Proposing as a resident, against the real embedded database (a fresh one per test): a place
// clicked on the map, refused outside the city, problems named per field in the interface
// language, a half-written draft that survives a reload, and a submission that shows up under
// "My proposals" as waiting for review.
import { expect, test } from '@playwright/test'
import { BOOT_TIMEOUT, clickInDistrict, signInAsDemo, waitForMap } from './support'

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)
const CYCLE = 'astana-2026'

test('a resident proposes a project at a spot on the map and sees it waiting for review', async ({
  page,
}, testInfo) => {
  await page.goto(`/?city=astana&cycle=${CYCLE}&lang=en`)
  await waitForMap(page)
  await signInAsDemo(page, 'Resident of Baikonur district, Astana')
  await page.getByRole('button', { name: 'Propose a project' }).click()
  await expect(page).toHaveURL(/compose=new/)
  const where = page.locator('.composer-where')
  await expect(where).toHaveText('No place chosen yet.')
  await expect(page.locator('.map-hint')).toHaveText('Tap the map where the project should be.')

  // A click beside the city is refused before anything is sent.
  const box = (await page.locator('.map-area').boundingBox())!
  await page.mouse.click(box.x + 12, box.y + box.height / 2)
  await expect(where).toHaveText('The place is outside the city.')
  await expect.poll(() => page.evaluate(() => window.__qatysuMap!.pickedPoint())).not.toBeNull()

  // A click inside a district names it; the map marks the point.
  const district = (await page.evaluate(() => window.__qatysuMap!.renderedDistrictIds()))[0]!
  await clickInDistrict(page, district)
  await expect(where).toContainText('district')
  await expect(where).not.toContainText('outside')
  const picked = await page.evaluate(() => window.__qatysuMap!.pickedPoint())
  await expect(page.locator('.map-hint')).toHaveText('Tap elsewhere on the map to move the place.')

  // Half-written: a reload keeps the title and the place.
  await page.locator('.composer').getByLabel('Title').fill('Скамейки и урны во дворе')
  await page.reload()
  await waitForMap(page)
  await expect(page.locator('.composer').getByLabel('Title')).toHaveValue(
    'Скамейки и урны во дворе',
    {
      timeout: BOOT_TIMEOUT,
    },
  )
  await expect.poll(() => page.evaluate(() => window.__qatysuMap!.pickedPoint())).toEqual(picked)

  // Submitting names each problem next to its field, in the interface language.
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.field-error')).toHaveText([
    'The description is too short (at least 20 characters).',
    'Choose a category.',
    'Give an estimated cost.',
  ])
  await page
    .locator('.composer')
    .getByLabel('What should be done, and why')
    .fill('Поставить шесть скамеек и четыре урны у детской площадки.')
  await page
    .locator('.composer')
    .getByLabel('Category')
    .selectOption({ label: 'Public space improvement' })
  await page.locator('.composer').getByLabel('Estimated cost, whole tenge').fill('60 000 000')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.field-error')).toHaveText([
    "The cost is above this cycle's limit per project.",
  ])
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.locator('.field-error')).toHaveText([
    'Стоимость превышает лимит цикла на один проект.',
  ])
  await page.getByRole('button', { name: 'English' }).click()

  await page.locator('.composer').getByLabel('Estimated cost, whole tenge').fill('12 500 000')
  // A photo: a file of another kind is refused with a reason; a PNG is kept and shown.
  const photo = page.locator('.composer input[type="file"]')
  await photo.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') })
  await expect(page.locator('.composer [role="alert"]')).toHaveText(
    'This file is not a JPEG, PNG or WebP photo.',
  )
  await photo.setInputFiles({ name: 'yard.png', mimeType: 'image/png', buffer: PNG })
  await expect(page.locator('.composer-photo')).toBeVisible()
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.composer-done')).toContainText('waits for review')
  await page.screenshot({ path: testInfo.outputPath('proposal-submitted.png') })
  await page.getByRole('button', { name: 'Open my proposal' }).click()
  await expect(page.locator('#item-title')).toHaveText('Скамейки и урны во дворе')
  await expect(page.locator('.item-detail .status-tag')).toHaveText('Submitted')
  await expect(page.locator('.item-detail .photo img')).toHaveAttribute('src', /^blob:/)
  // While the cycle takes proposals, the author may still change it.
  await page.locator('.item-detail').getByRole('button', { name: 'Edit' }).click()
  await expect(page.locator('.composer').getByLabel('Title')).toHaveValue(
    'Скамейки и урны во дворе',
  )
  await expect(page.locator('.composer .status-tag')).toHaveText('Submitted')

  // The overview lists it under "My proposals", and the form starts empty again.
  await page.goto(`/?city=astana&cycle=${CYCLE}&lang=en`)
  const mine = page.locator('.my-proposals li')
  await expect(mine).toHaveCount(1, { timeout: BOOT_TIMEOUT })
  await expect(mine).toContainText('Скамейки и урны во дворе')
  await expect(mine.locator('.status-tag')).toHaveText('Submitted')
  await page.getByRole('button', { name: 'Propose a project' }).click()
  await expect(page.locator('.composer').getByLabel('Title')).toHaveValue('')
})

test('a visitor is asked to sign in before proposing', async ({ page }) => {
  await page.goto(`/?city=astana&cycle=${CYCLE}&lang=en`)
  const entry = page.locator('.propose-entry')
  await expect(entry).toContainText('Sign in to propose a project.', { timeout: BOOT_TIMEOUT })
  await expect(entry.getByRole('button')).toHaveCount(0)
})
