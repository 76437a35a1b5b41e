// What the browser tests share: how long the embedded database may take to boot, waiting for
// the map, clicking inside a district, and one-click demo sign-in.
import { expect, type Page } from '@playwright/test'
import type {} from '../../src/map/testHook'

/** The first boot of the embedded database in a fresh browser context. */
export const BOOT_TIMEOUT = 120_000

/** Until districts are drawn and the map is at rest. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window.__qatysuMap?.renderedDistrictIds().length ?? 0) > 0 && window.__qatysuMap!.idle(),
    null,
    { timeout: BOOT_TIMEOUT, polling: 250 },
  )
}

/** Signs in with the first demo account whose description contains `description`. */
export async function signInAsDemo(page: Page, description: string): Promise<void> {
  await page.getByRole('button', { name: /Sign in/ }).click({ timeout: BOOT_TIMEOUT })
  await page.locator('.account-list button').filter({ hasText: description }).first().click()
  await expect(page.locator('.session-name')).toBeVisible()
}

/** Signs out and in again with another demo account (the database stays as it is). */
export async function switchDemo(page: Page, description: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await signInAsDemo(page, description)
}

/** Clicks the map inside a district (the point the map itself would label). */
export async function clickInDistrict(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((d) => window.__qatysuMap!.districtPoint(d), id)
  expect(at).not.toBeNull()
  await page.mouse.click(at!.x, at!.y)
}
