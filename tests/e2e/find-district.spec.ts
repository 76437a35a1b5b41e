// "Find my district" from the device's location (Playwright sets it), on every viewport.
import { expect, test } from '@playwright/test'
import { BOOT_TIMEOUT, waitForMap } from './support'

test.describe('a resident in Medeu', () => {
  // A point well inside Medeu district (its label point).
  test.use({ geolocation: { latitude: 43.1169, longitude: 77.0174 }, permissions: ['geolocation'] })

  test('finds their district from where they are', async ({ page }) => {
    await page.goto('/?city=almaty&lang=en')
    await waitForMap(page)
    await page.getByRole('button', { name: 'Find my district' }).click({ timeout: BOOT_TIMEOUT })
    await expect(page.locator('.district-detail').getByRole('heading', { level: 2 })).toHaveText(
      'Medeu',
    )
    await expect(page).toHaveURL(/district=almaty-medeu/)
  })
})

test.describe('a visitor in Astana looking at Almaty', () => {
  test.use({ geolocation: { latitude: 51.13, longitude: 71.43 }, permissions: ['geolocation'] })

  test('is told the location is outside the city', async ({ page }) => {
    await page.goto('/?city=almaty&lang=en')
    await waitForMap(page)
    await page.getByRole('button', { name: 'Find my district' }).click({ timeout: BOOT_TIMEOUT })
    await expect(page.locator('.find-district [role="status"]')).toHaveText(
      'Your location is outside this city’s districts. Pick a district on the map or in the list.',
    )
  })
})
