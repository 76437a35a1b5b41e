// Anyone can compare the two selection rules on a district whose vote is over (Almaty 2020,
// Medeu): the table marks what each funds, and each rule's winners — and where they differ —
// become a map layer with the same counts.
import { expect, test } from '@playwright/test'
import { BOOT_TIMEOUT, waitForMap } from './support'

test('the greedy rule and Equal Shares side by side, in a table and on the map', async ({
  page,
}) => {
  const district = '/?city=almaty&cycle=almaty-2020&district=almaty-medeu&lang=en'
  await page.goto(district)
  const panel = page.locator('.selection-panel')
  const rows = panel.locator('tbody tr')
  await expect(rows.first()).toBeVisible({ timeout: BOOT_TIMEOUT })
  const count = async (selector: string) => panel.locator(selector).count()
  const changed = await count('tbody tr.is-changed')
  const mes = await count('tbody td[data-rule="mes"][data-funded="true"]')
  const greedy = await count('tbody td[data-rule="greedy"][data-funded="true"]')
  expect(changed).toBeGreaterThan(0)
  expect(greedy).toBeGreaterThan(0)

  for (const [button, outcome, expected] of [
    ['The differences on the map', 'changed', changed],
    ['Equal Shares winners on the map', 'mes', mes],
    ['Greedy winners on the map', 'greedy', greedy],
  ] as const) {
    await panel.getByRole('button', { name: button }).click()
    await expect(page).toHaveURL(new RegExp(`status=outcome%3A${outcome}`))
    await expect(page.locator('.filter-count')).toHaveText(
      new RegExp(`Proposals: ${expected} · projects: 0`),
    )
    await waitForMap(page)
    await page.goto(district)
    await expect(panel.locator('tbody tr').first()).toBeVisible({ timeout: BOOT_TIMEOUT })
  }
})
