// Voting as a resident, against the real embedded database (a fresh one per test): votes up to
// the cycle's limit and no further, counts that follow without a reload, residency, taking a
// vote back, and explanations in the interface language.
import { expect, test, type Page } from '@playwright/test'
import { BOOT_TIMEOUT, signInAsDemo } from './support'

const CYCLE = 'almaty-2026'
const ALATAU = 'almaty-alatau'
const MEDEU = 'almaty-medeu'

/** Opens the list of a district's proposals on the ballot; returns their rows. */
async function ballotOf(page: Page, district: string) {
  await page.goto(
    `/?city=almaty&cycle=${CYCLE}&district=${district}&status=proposal%3Aon_ballot&view=list&lang=en`,
  )
  const rows = page.locator('.item-table tbody tr[data-kind="proposal"]')
  await expect(rows.first()).toBeVisible({ timeout: BOOT_TIMEOUT })
  return rows
}

/** The district's vote count as the map holds it (the map's own data, not the panel's). */
const districtVotesOnMap = (page: Page, id: string) =>
  page.evaluate((d) => window.__qatysuMap?.district(d)?.votes ?? null, id)

const votesFigure = (page: Page) =>
  page.locator('.item-detail [data-field="votes"] data').getAttribute('value').then(Number)

test.describe('ballot', () => {
  test('a resident votes up to the limit and no further, and the counts follow', async ({
    page,
  }) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await signInAsDemo(page, 'Resident of Alatau district')
    await expect(page.locator('.ballot-left')).toHaveText('Votes left: 3 of 3.')

    const rows = await ballotOf(page, ALATAU)
    expect(await rows.count()).toBeGreaterThanOrEqual(4)
    await expect.poll(() => districtVotesOnMap(page, ALATAU)).not.toBeNull()
    const districtBefore = (await districtVotesOnMap(page, ALATAU))!
    const titles: string[] = []
    for (let i = 0; i < 3; i++) {
      await rows.nth(i).locator('.row-open').click()
      const ballot = page.locator('.ballot')
      await expect(ballot).toHaveAttribute('data-action', 'vote')
      await expect(ballot).toContainText(`Votes left: ${3 - i} of 3.`)
      const before = await votesFigure(page)
      titles.push((await page.locator('#item-title').textContent())!)
      await ballot.getByRole('button', { name: 'Vote for this proposal' }).click()
      await expect(ballot).toHaveAttribute('data-action', 'voted')
      // The count on the detail follows without a reload.
      await expect.poll(() => votesFigure(page)).toBe(before + 1)
      await page.getByRole('button', { name: 'List', exact: true }).click()
    }

    // The map's district figures follow too.
    await expect.poll(() => districtVotesOnMap(page, ALATAU)).toBe(districtBefore + 3)

    // The fourth is refused before anyone clicks, and the reason follows the language.
    await rows.nth(3).locator('.row-open').click()
    const refusal = page.locator('.ballot[data-action="noVotesLeft"]')
    await expect(refusal).toContainText('You have used all 3 of your votes.')
    await expect(refusal.getByRole('button')).toHaveCount(0)
    await page.getByRole('button', { name: 'Русский' }).click()
    await expect(refusal).toContainText('Вы использовали все голоса (3).')
    await page.getByRole('button', { name: 'English' }).click()

    // The overview lists the three votes; taking one back frees a vote.
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    const mine = page.locator('.my-votes li')
    await expect(mine).toHaveCount(3, { timeout: BOOT_TIMEOUT })
    await expect(page.locator('.ballot-left')).toHaveText('Votes left: 0 of 3.')
    expect((await mine.locator('.link-button').allTextContents()).sort()).toEqual(
      [...titles].sort(),
    )
    await mine.first().getByRole('button', { name: 'Take my vote back' }).click()
    await expect(mine).toHaveCount(2)
    await expect(page.locator('.ballot-left')).toHaveText('Votes left: 1 of 3.')
  })

  test('a resident of another district is told only residents vote there', async ({ page }) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await signInAsDemo(page, 'Resident of Alatau district')
    const rows = await ballotOf(page, MEDEU)
    await rows.first().locator('.row-open').click()
    const ballot = page.locator('.ballot')
    await expect(ballot).toHaveAttribute('data-action', 'notResident')
    await expect(ballot).toContainText('Only residents of Medeu can vote for this proposal.')
    await expect(ballot.getByRole('button')).toHaveCount(0)
  })

  test('a resident who moves changes a wish: voting follows the verified residency', async ({
    page,
  }) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=en`)
    await signInAsDemo(page, 'Resident of Alatau district')
    await page.locator('.session-name').click()
    const form = page.locator('form.composer')
    await expect(form.getByRole('heading', { name: 'Your profile' })).toBeVisible()
    await expect(form.getByLabel('Home district')).toHaveValue(ALATAU)
    const residency = form.locator('.residency')
    await expect(residency).toHaveAttribute('data-verified', 'true')
    await expect(residency).toContainText('Verified resident of Alatau (demo account,')

    // An empty name is refused before anything is sent, in the interface language.
    await form.getByLabel('Your name as others see it').fill('   ')
    await form.getByRole('button', { name: 'Save profile' }).click()
    await expect(form.locator('.field-error')).toHaveText('Write a name (at least one character).')

    await form.getByLabel('Your name as others see it').fill('Айдана Н.')
    await form.getByLabel('Home district').selectOption(MEDEU)
    await form.getByRole('button', { name: 'Save profile' }).click()
    await expect(form.locator('.composer-done')).toHaveText('Profile saved.')
    await expect(page.locator('.session-name')).toContainText('Айдана Н.')
    await expect(residency).toContainText('you vote in the verified one')

    const medeu = await ballotOf(page, MEDEU)
    await medeu.first().locator('.row-open').click()
    await expect(page.locator('.ballot')).toHaveAttribute('data-action', 'notResident')
    const alatau = await ballotOf(page, ALATAU)
    await alatau.first().locator('.row-open').click()
    await expect(page.locator('.ballot')).toHaveAttribute('data-action', 'vote')
  })

  test('a visitor is asked to sign in, and sees the rules of the cycle', async ({ page }) => {
    await page.goto(`/?city=almaty&cycle=${CYCLE}&lang=kk`)
    const summary = page.locator('.ballot-summary')
    await expect(summary).toContainText('Әр тұрғынның дауыс саны: 3.', { timeout: BOOT_TIMEOUT })
    await expect(summary).toContainText('Дауыс беру үшін кіріңіз.')
  })
})
