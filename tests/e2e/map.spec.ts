// The budget map's panels, filters, list and links against the real embedded database:
// figures as the database holds them, the same filtered set on the map and in the list,
// links that restore a view, back/forward, the three languages and a phone.
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { BOOT_TIMEOUT, waitForMap } from './support'

/** Rows the list shows before "show more" (src/features/list/ListView.tsx). */
const LIST_PAGE = 100
const CYCLE = 'almaty-2026'
const MEDEU = 'almaty-medeu'

async function waitForList(page: Page): Promise<void> {
  await expect(page.locator('.item-table')).toBeVisible({ timeout: BOOT_TIMEOUT })
}

/** On phones the filter fields sit behind a "Filters" button; elsewhere they are always shown. */
async function revealFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Filters', exact: true })
  if ((await toggle.isVisible()) && !(await page.getByLabel('Status').isVisible())) {
    await toggle.click()
  }
  await expect(page.getByLabel('Status')).toBeVisible()
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) })
  await testInfo.attach(name, { body, contentType: 'image/png' })
}

/** Ids of the proposals the map draws one by one (not inside a cluster), sorted. */
async function mapProposalIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__qatysuMap!.renderedIds('proposal')].sort())
}

/** The id of Medeu's most voted proposal, found by clicking through the panel. */
async function topProposalOfMedeu(page: Page): Promise<{ id: string; title: string }> {
  await page.goto(`/?city=almaty&cycle=${CYCLE}&district=${MEDEU}&lang=en`)
  const first = page.locator('.top-row').first()
  await expect(first).toBeVisible({ timeout: BOOT_TIMEOUT })
  const id = (await first.getAttribute('data-proposal'))!
  const title = (await first.locator('.top-title').textContent())!
  return { id, title }
}

test.describe('budget map', () => {
  test('a clicked district shows the figures the database holds and its top proposals', async ({
    page,
  }, testInfo) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await waitForMap(page)
    const point = await page.evaluate((d) => window.__qatysuMap!.districtPoint(d), MEDEU)
    const held = await page.evaluate((d) => window.__qatysuMap!.district(d), MEDEU)
    expect(point).not.toBeNull()
    expect(held).not.toBeNull()
    await page.mouse.click(point!.x, point!.y)

    const detail = page.locator('.district-detail')
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Medeu')
    for (const field of ['allocation', 'proposals', 'votes', 'approved', 'paid'] as const) {
      await expect(detail.locator(`[data-field="${field}"] data`)).toHaveAttribute(
        'value',
        String(held![field]),
      )
    }
    // Top proposals: at most five, by votes, most first; each opens its detail.
    const votes = await detail
      .locator('.top-row data')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))))
    expect(votes.length).toBeGreaterThan(0)
    expect(votes.length).toBeLessThanOrEqual(5)
    expect(votes).toEqual([...votes].sort((a, b) => b - a))
    await shot(page, testInfo, 'district-medeu-en')

    const title = await detail.locator('.top-row .top-title').first().textContent()
    await detail.locator('.top-row').first().click()
    await expect(page.locator('#item-title')).toHaveText(title!)
    await expect(page.locator('.item-detail [data-field="votes"] data')).toHaveAttribute(
      'value',
      String(votes[0]),
    )
    await expect(page.locator('.item-detail .badge-demo')).toBeVisible()
    await expect(page).toHaveURL(/sel=proposal%3A[0-9a-f-]{36}/)
    await shot(page, testInfo, 'proposal-en')
  })

  test('a clicked cluster opens up into its proposals', async ({ page }, testInfo) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await waitForMap(page)
    const before = await page.evaluate(() => ({
      zoom: window.__qatysuMap!.view().zoom,
      clusters: window.__qatysuMap!.renderedIds('cluster'),
      proposals: window.__qatysuMap!.renderedIds('proposal').length,
    }))
    expect(before.clusters.length).toBeGreaterThan(0)
    const at = await page.evaluate(
      (id) => window.__qatysuMap!.featurePoint('cluster', id),
      before.clusters[0]!,
    )
    expect(at).not.toBeNull()
    await page.mouse.click(at!.x, at!.y)
    await page.waitForFunction(
      (zoom) => window.__qatysuMap!.view().zoom > zoom && window.__qatysuMap!.idle(),
      before.zoom,
      { timeout: 30_000, polling: 100 },
    )
    // Zoomed in around the cluster: proposals that were inside it are drawn on their own now.
    await expect
      .poll(() => page.evaluate(() => window.__qatysuMap!.renderedIds('proposal').length))
      .toBeGreaterThan(before.proposals)
    await expect(page).toHaveURL(/[?&]map=/)
    await shot(page, testInfo, 'cluster-opened')
  })

  test('filters change the list and the map alike', async ({ page }, testInfo) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await waitForMap(page)
    const count = page.locator('.filter-count')
    await expect(count).toContainText('Proposals:')
    const countOf = async () =>
      Number((await count.textContent())!.match(/Proposals: ([\d,]+)/)![1]!.replace(/,/g, ''))
    const all = await countOf()

    // Search for a word of some proposal's title (the demo titles are Kazakh and Russian).
    await page.getByRole('button', { name: 'List', exact: true }).click()
    await waitForList(page)
    const rows = page.locator('.item-table tbody tr[data-kind="proposal"]')
    await expect(rows).toHaveCount(Math.min(all, LIST_PAGE))
    const someTitle = (await rows.nth(3).locator('.row-open').textContent())!
    const word = someTitle
      .split(/[\s,.:()«»"]+/)
      .filter((w) => w.length >= 5)
      .sort((a, b) => b.length - a.length)[0]!
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await page.getByLabel('Search proposals and projects').fill(word)
    await expect.poll(countOf).toBeLessThan(all)
    const shown = await countOf()
    expect(shown).toBeGreaterThan(0)
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word).replace(/%20/g, '\\+')}`))

    // The map draws only listed proposals.
    await page.waitForFunction(() => window.__qatysuMap!.idle(), null, { polling: 250 })
    const onMap = await mapProposalIds(page)

    await page.getByRole('button', { name: 'List', exact: true }).click()
    await expect(rows).toHaveCount(shown)
    for (const text of await rows.locator('.row-open').allTextContents())
      expect(text.toLocaleLowerCase()).toContain(word.toLocaleLowerCase())
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!))
    expect(onMap.every((id) => listed.includes(id))).toBe(true)
    await page.getByLabel('Search proposals and projects').fill('')
    await expect(rows).toHaveCount(Math.min(all, LIST_PAGE))

    // A status narrows the set; the list's sort is announced to screen readers.
    await revealFilters(page)
    await page.getByLabel('Status').selectOption('proposal:on_ballot')
    await expect.poll(countOf).toBeLessThanOrEqual(all)
    await expect(rows).toHaveCount(await countOf())
    for (const status of await page.locator('.item-table tbody .status-tag').allTextContents())
      expect(status).toBe('On the ballot')
    await page.getByRole('button', { name: /^Cost/ }).click()
    await expect(page.locator('thead th.col-cost')).toHaveAttribute('aria-sort', 'descending')
    await expect(page.locator('.item-table caption')).toContainText('Sorted by Cost, descending')
    const costs = await page
      .locator('.item-table tbody .col-cost data')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))))
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
    await shot(page, testInfo, 'list-filtered-en')

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(rows).toHaveCount(Math.min(all, LIST_PAGE))
  })

  test('the list pages through many rows and moves between them by keyboard', async ({ page }) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en&view=list`)
    await waitForList(page)
    const count = page.locator('.filter-count')
    await expect(count).toContainText('Proposals:')
    const all = Number(
      (await count.textContent())!.match(/Proposals: ([\d,]+)/)![1]!.replace(/,/g, ''),
    )
    // The demo cycle has more proposals than one page of the list.
    expect(all).toBeGreaterThan(LIST_PAGE)
    const rows = page.locator('.item-table tbody tr')
    await expect(rows).toHaveCount(LIST_PAGE)
    await expect(page.locator('.list-more [role="status"]')).toHaveText(
      `Showing ${LIST_PAGE} of ${all}.`,
    )
    await page
      .getByRole('button', { name: `Show ${Math.min(LIST_PAGE, all - LIST_PAGE)} more` })
      .click()
    await expect(rows).toHaveCount(Math.min(all, 2 * LIST_PAGE))

    const buttons = rows.locator('.row-open')
    await buttons.first().focus()
    await page.keyboard.press('ArrowDown')
    await expect(buttons.nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(buttons.first()).toBeFocused()
    await page.keyboard.press('End')
    await expect(buttons.last()).toBeFocused()
    const title = (await buttons.last().textContent())!
    await page.keyboard.press('Home')
    await expect(buttons.first()).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await expect(page.locator('#item-title')).toHaveText(
      title.replace(/^(Proposal|Project)\s*/, ''),
    )
  })

  test('a shared link restores district, proposal, filter and language', async ({
    page,
  }, testInfo) => {
    const { id, title } = await topProposalOfMedeu(page)
    const word = title
      .split(/\s+/)
      .find((w) => w.length > 4)!
      .replace(/[^\p{L}\p{N}]/gu, '')
    await page.goto(
      `/?city=almaty&cycle=${CYCLE}&district=${MEDEU}&sel=proposal:${id}` +
        `&q=${encodeURIComponent(word)}&lang=ru&map=15/43.2/76.95`,
    )
    await expect(page.locator('#item-title')).toHaveText(title, { timeout: BOOT_TIMEOUT })
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByLabel('Поиск предложений и проектов')).toHaveValue(word)
    await expect(page.getByLabel('Район', { exact: true })).toHaveValue(MEDEU)
    await expect(page.locator('.item-detail .back-button')).toHaveText(/Назад: Медеуский район/)
    await page.waitForFunction(() => window.__qatysuMap?.idle(), null, { polling: 250 })
    expect(await page.evaluate(() => window.__qatysuMap!.selection())).toEqual({
      kind: 'proposal',
      id,
    })
    await shot(page, testInfo, 'deep-link-ru')
  })

  test('back and forward walk through selections', async ({ page }) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await expect(page.locator('.district-row').first()).toBeVisible({ timeout: BOOT_TIMEOUT })
    await page.locator(`.district-row[data-district="${MEDEU}"]`).click()
    await expect(page.locator('#district-title')).toHaveText('Medeu')
    await page.locator('.top-row').first().click()
    await expect(page.locator('#item-title')).toBeVisible()

    await page.goBack()
    await expect(page.locator('#district-title')).toHaveText('Medeu')
    await expect(page).not.toHaveURL(/sel=/)
    await page.goBack()
    await expect(page.locator('.district-list')).toBeVisible()
    await expect(page).not.toHaveURL(/district=/)
    await page.goForward()
    await expect(page.locator('#district-title')).toHaveText('Medeu')
    await page.goForward()
    await expect(page.locator('#item-title')).toBeVisible()
  })

  test('the language switch changes the labels', async ({ page }, testInfo) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en&view=list`)
    await waitForList(page)
    await expect(page.locator('thead th.col-title')).toHaveText(/Title/)
    await page.getByRole('button', { name: 'Қазақша' }).click()
    await expect(page.locator('thead th.col-title')).toHaveText(/Атауы/)
    await expect(page.getByRole('button', { name: 'Тізім' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page).toHaveURL(/lang=kk/)
    await shot(page, testInfo, 'list-kk')
    await page.getByRole('button', { name: 'Русский' }).click()
    await expect(page.locator('thead th.col-title')).toHaveText(/Название/)
    await expect(page.locator('.filter-count')).toContainText('Предложений:')
  })

  test('works on a phone: filters behind a button, list as a tab, panel as a sheet', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const { title } = await topProposalOfMedeu(page)
    await expect(page.locator('.filter-fields')).toBeHidden()
    const toggle = page.getByRole('button', { name: 'Filters', exact: true })
    await toggle.click()
    await expect(page.getByLabel('Category')).toBeVisible()
    await toggle.click()

    await page.getByRole('button', { name: 'List', exact: true }).click()
    await waitForList(page)
    await expect(page.locator('.budget-map')).toBeHidden()
    await page.locator('.item-table .row-open', { hasText: title }).first().click()
    await expect(page.locator('#item-title')).toHaveText(title)
    const sheet = (await page.locator('#district-panel').boundingBox())!
    expect(sheet.y).toBeGreaterThan(300)
    expect(sheet.width).toBeLessThanOrEqual(390)
    await shot(page, testInfo, 'phone-list-detail')
  })
})
