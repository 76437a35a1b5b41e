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

// Saryarka 2019 split its ballot by yard size: each group is compared on its own ballot and
// within its own allocation (20, 30 and 50 mln ₸), never on an empty district-wide ballot.
test('a cycle with ballot groups is compared in each group, within the group’s allocation', async ({
  page,
}) => {
  await page.goto('/?city=astana&cycle=astana-saryarka-2019&district=astana-saryarka&lang=en')
  const ballots = page.locator('.selection-panel .ballot-selection')
  await expect(ballots).toHaveCount(3, { timeout: BOOT_TIMEOUT })
  const groups = [
    ['small', 'Yards with up to 40 flats', 20_000_000],
    ['medium', 'Yards with 41–100 flats', 30_000_000],
    ['large', 'Yards with more than 100 flats', 50_000_000],
  ] as const
  for (const [i, [code, name, allocation]] of groups.entries()) {
    const ballot = ballots.nth(i)
    await expect(ballot).toHaveAttribute('data-ballot-group', code)
    await expect(ballot.locator('h4')).toContainText(name)
    await expect(ballot.locator('caption')).toContainText(name)
    await expect(ballot).toContainText(/ballots: [1-9]/)
    expect(await ballot.locator('tbody tr').count()).toBeGreaterThan(1)
    for (const rule of ['greedy', 'mes']) {
      const spent = Number(
        await ballot.locator(`tfoot td[data-rule="${rule}"] data`).getAttribute('value'),
      )
      expect(spent).toBeGreaterThan(0)
      expect(spent).toBeLessThanOrEqual(allocation)
    }
  }
})
