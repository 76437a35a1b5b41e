// Smoke test of the app shell against the real embedded database: Almaty's districts are drawn
// (asked of the map and seen in the pixels), and a click opens the district's figures.
import { expect, test, type Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { formatTenge } from '../../src/i18n/formatTenge'
import { CHOROPLETH_COLORS, NEUTRAL_COLOR } from '../../src/map/choropleth'
import { BOOT_TIMEOUT } from './support'

const ALMATY_DISTRICTS = [
  'alatau',
  'almaly',
  'auezov',
  'bostandyk',
  'medeu',
  'nauryzbay',
  'turksib',
  'zhetysu',
].map((code) => `almaty-${code}`)

async function waitForDistricts(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n) => window.__qatysuMap?.renderedDistrictIds().length === n && window.__qatysuMap.idle(),
    count,
    { timeout: BOOT_TIMEOUT, polling: 250 },
  )
  return page.evaluate(() => window.__qatysuMap!.renderedDistrictIds())
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Share of the pixels in the box that have one of the district fill colours. */
function districtColorShare(
  png: PNG,
  box: { x: number; y: number; width: number; height: number },
): number {
  const palette = [...CHOROPLETH_COLORS, NEUTRAL_COLOR].map(hexToRgb)
  let hits = 0
  let total = 0
  for (let y = Math.floor(box.y); y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.min(png.width, box.x + box.width); x++) {
      const i = (y * png.width + x) * 4
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
      total++
      if (
        palette.some(([pr, pg, pb]) => Math.abs(r - pr) + Math.abs(g - pg) + Math.abs(b - pb) <= 6)
      )
        hits++
    }
  }
  return total ? hits / total : 0
}

test.describe('app shell', () => {
  test('draws the 8 Almaty districts and opens one on click', async ({ page }, testInfo) => {
    // Uncaught errors and console errors (a Content-Security-Policy refusal is one).
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    const external: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http'))
        external.push(r.url())
    })

    await page.goto('/')
    await expect(page.getByRole('heading', { name: /starting the database/i })).toBeVisible()

    const ids = await waitForDistricts(page, ALMATY_DISTRICTS.length)
    expect(ids).toEqual(ALMATY_DISTRICTS)
    await expect(page.getByLabel('City', { exact: true })).toHaveValue('almaty')
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(
      'District boundaries: geokz (A. Rodionov), CC BY 4.0, based on OCHA COD-AB',
    )

    // The pixels: a good part of the map shows district fill colours.
    const mapBox = (await page.locator('.budget-map').boundingBox())!
    const shot = await page.screenshot({ path: testInfo.outputPath('almaty-map.png') })
    await testInfo.attach('almaty-map', { body: shot, contentType: 'image/png' })
    const share = districtColorShare(PNG.sync.read(shot), mapBox)
    expect(
      share,
      `district colours cover ${(share * 100).toFixed(1)} % of the map`,
    ).toBeGreaterThan(0.1)

    // Click Medeu where the map says it is; the panel shows its allocation.
    const id = 'almaty-medeu'
    const point = await page.evaluate((d) => window.__qatysuMap!.districtPoint(d), id)
    const medeu = await page.evaluate((d) => window.__qatysuMap!.district(d), id)
    expect(point).not.toBeNull()
    expect(medeu).not.toBeNull()
    await page.mouse.click(point!.x, point!.y)

    const detail = page.locator('.district-detail')
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Medeu')
    const allocation = detail.locator('[data-field="allocation"] data')
    await expect(allocation).toHaveAttribute('value', String(medeu!.allocation))
    await expect(allocation).toHaveText(formatTenge(medeu!.allocation, 'en'))
    await expect(page).toHaveURL(/district=almaty-medeu/)

    await page.screenshot({ path: testInfo.outputPath('almaty-medeu.png') })
    expect(errors).toEqual([])
    expect(external).toEqual([])
  })

  test('switches language and is usable by keyboard', async ({ page }, testInfo) => {
    await page.goto('/?city=almaty')
    await waitForDistricts(page, ALMATY_DISTRICTS.length)

    await page.getByRole('button', { name: 'Қазақша' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await expect(page.getByRole('heading', { name: 'Аудандар', level: 3 })).toBeVisible()

    const row = page.locator('.district-row[data-district="almaty-turksib"]')
    await row.focus()
    await page.keyboard.press('Enter')
    const heading = page.locator('#district-title')
    await expect(heading).toHaveText('Түрксіб ауданы')
    await expect(heading).toBeFocused()
    await expect(page.locator('[data-field="allocation"] dt')).toHaveText('Бөлінген қаражат')
    await page.screenshot({ path: testInfo.outputPath('turksib-kk.png') })

    await page.keyboard.press('Escape')
    await expect(row).toBeFocused()

    // The choice survives a reload.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  })
})
