// A whole small cycle in one browser, with the demo accounts of Astana: a resident proposes
// through the map, the city admin opens the review, the district official reviews it and puts it
// on the ballot (a rejection without a reason is refused), voting opens once every proposal of
// the city is decided (refused before, saying how many wait), the resident casts a final vote and
// is refused a second one, the officials confirm the winners under the cycle's declared rule,
// implementation starts once every district's are confirmed (refused before) and the official
// reports on the new project — and a visitor sees every step.
import { expect, test, type Page } from '@playwright/test'
import { BOOT_TIMEOUT, clickInDistrict, signInAsDemo, switchDemo, waitForMap } from './support'

const RESIDENT = 'Resident of Saryarka district, Astana'
const ADMIN = 'Administrator of Astana'
const OFFICIAL = 'Official of the Saryarka district akimat'
const TITLE = 'Тренажёры во дворе на улице Ауэзова'

/** Asks to move on, and is refused with `reason` (the work left, translated). */
async function refusedPhase(page: Page, to: string, reason: RegExp): Promise<void> {
  const control = page.locator('.phase-control')
  await control.getByRole('button', { name: `Move to the next phase: ${to}` }).click()
  await control.getByRole('button', { name: `Yes, move to “${to}”` }).click()
  await expect(control.getByRole('alert')).toHaveText(reason)
  await control.getByRole('button', { name: 'Cancel' }).click()
}

/** Confirms the declared rule's outcome on a district's one ballot. */
async function confirmGreedy(page: Page, district: string): Promise<void> {
  await page.goto(`/?city=astana&cycle=astana-2026&district=${district}&lang=en`)
  const selection = page.locator('.selection-panel')
  await expect(selection.locator('[data-declared-rule="greedy"]')).toBeVisible({
    timeout: BOOT_TIMEOUT,
  })
  await selection.getByRole('button', { name: 'Confirm: Greedy (most votes)' }).click()
  await selection.getByRole('button', { name: 'Yes, confirm “Greedy (most votes)”' }).click()
  await expect(selection.locator('.selection-confirmed')).toContainText(
    'Confirmed: Greedy (most votes)',
  )
}

async function advancePhase(page: Page, to: string): Promise<void> {
  const control = page.locator('.phase-control')
  await control.getByRole('button', { name: `Move to the next phase: ${to}` }).click()
  await expect(control).toContainText('Phases cannot go back.')
  await control.getByRole('button', { name: `Yes, move to “${to}”` }).click()
  await expect(control).toContainText(`This cycle is in the phase: ${to}.`)
  await expect(page.locator('.facts')).toContainText(to)
}

test('a proposal goes from the map through review, a final vote and the selection to a reported project', async ({
  page,
}, testInfo) => {
  test.setTimeout(8 * BOOT_TIMEOUT)
  await page.goto('/?city=astana&cycle=astana-2026&lang=en')
  await waitForMap(page)

  // The resident proposes at a spot in their district.
  await signInAsDemo(page, RESIDENT)
  await expect(page.locator('.phase-control, .review-queue')).toHaveCount(0)
  await page.getByRole('button', { name: 'Propose a project' }).click()
  await clickInDistrict(page, 'astana-saryarka')
  await expect(page.locator('.composer-where')).toContainText('Saryarka')
  const composer = page.locator('.composer')
  await composer.getByLabel('Title').fill(TITLE)
  await composer
    .getByLabel('What should be done, and why')
    .fill('Поставить шесть уличных тренажёров и резиновое покрытие у спортплощадки.')
  await composer.getByLabel('Category').selectOption({ label: 'Sport grounds' })
  await composer.getByLabel('Estimated cost, whole tenge').fill('9 800 000')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.composer-done')).toContainText('waits for review')
  await page.getByRole('button', { name: 'Open my proposal' }).click()
  await expect(page).toHaveURL(/sel=proposal/)
  const mineId = new URL(page.url()).searchParams.get('sel')!.split(':')[1]!
  await expect(page.locator('.item-detail .status-tag')).toHaveText('Submitted')

  // The city admin moves the cycle on to review.
  await page.goto('/?city=astana&cycle=astana-2026&lang=en')
  await switchDemo(page, ADMIN)
  await advancePhase(page, 'Review')

  // The district official finds it in the queue and puts it on the ballot, together with one
  // proposal submitted earlier; rejecting needs a reason, and the reason typed is kept.
  await switchDemo(page, OFFICIAL)
  const queue = page.locator('.review-queue')
  const mine = queue.locator('li').filter({ hasText: TITLE })
  await expect(mine).toHaveCount(1)

  // The akimat's review, with a lower cost, is public on the proposal at once.
  await mine.getByRole('button', { name: TITLE }).click()
  const review = page.locator('.review-form')
  await review.getByLabel('Reviewing as').selectOption({ label: 'Akimat' })
  await review.getByLabel('Verdict').selectOption({ label: 'Feasible with changes' })
  await review.getByLabel('Cost re-estimate, tenge (optional)').fill('9 500 000')
  await review.getByLabel('Note (public)').fill('Покрытие дешевле по городскому прайсу.')
  await review.getByRole('button', { name: 'Publish the review' }).click()
  await expect(review.getByRole('status')).toHaveText('Review published.')
  const reviews = page.locator('.item-detail .timeline li')
  await expect(reviews).toHaveCount(1)
  await expect(reviews).toContainText('Покрытие дешевле по городскому прайсу.')
  await expect(reviews.locator('data')).toHaveAttribute('value', '9500000')
  await expect(page.locator('.item-detail .status-tag').first()).toHaveText('Under review')
  await page.locator('.back-button').click()
  await mine.getByRole('button', { name: 'Reject…' }).click()
  await mine.getByRole('button', { name: 'Reject the proposal' }).click()
  await expect(mine.getByRole('alert')).toHaveText('Give a reason for the rejection.')
  await expect(mine.getByLabel('Reason for rejecting')).toBeFocused()
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(mine.getByRole('alert')).toHaveText('Укажите причину отклонения.')
  await page.getByRole('button', { name: 'English' }).click()
  await mine.getByRole('button', { name: 'Cancel' }).click()
  await page.screenshot({ path: testInfo.outputPath('review-queue.png') })
  await mine.getByRole('button', { name: 'Put on the ballot' }).click()
  await expect(mine).toHaveCount(0)
  const other = queue.locator('li').first()
  const otherId = (await other.getAttribute('data-proposal'))!
  await other.getByRole('button', { name: 'Put on the ballot' }).click()
  await expect(queue.locator(`li[data-proposal="${otherId}"]`)).toHaveCount(0)

  // Voting opens only once no proposal waits: the admin is told how many do, and decides the
  // other districts' proposals (all onto the ballot) from the city-wide queue.
  await switchDemo(page, ADMIN)
  await expect(page.locator('.phase-control')).toContainText('Review')
  const waiting = page.locator('.review-queue li')
  await expect(waiting.first()).toBeVisible()
  const undecided = await waiting.count()
  await refusedPhase(
    page,
    'Voting',
    new RegExp(`waiting for a decision.*Proposals waiting for a decision: ${undecided}\\.`),
  )
  while ((await waiting.count()) > 0) {
    const first = waiting.first()
    const id = (await first.getAttribute('data-proposal'))!
    await first.getByRole('button', { name: 'Put on the ballot' }).click()
    await expect(page.locator(`.review-queue li[data-proposal="${id}"]`)).toHaveCount(0)
  }

  // Voting opens; the rules freeze.
  await page
    .locator('.phase-control')
    .getByRole('button', { name: /Voting/ })
    .click()
  await expect(page.locator('.phase-control')).toContainText('rules and allocations')
  await page.locator('.phase-control').getByRole('button', { name: 'Cancel' }).click()
  await advancePhase(page, 'Voting')

  // The resident sees the proposal on the ballot and votes, confirming a final vote.
  await switchDemo(page, RESIDENT)
  const listed = page.locator('.my-proposals li').filter({ hasText: TITLE })
  await expect(listed.locator('.status-tag')).toHaveText('On the ballot')
  await listed.getByRole('button', { name: TITLE }).click()
  const ballot = page.locator('.item-detail .ballot')
  await expect(ballot).toContainText('Votes left: 1 of 1.')
  await ballot.getByRole('button', { name: 'Vote for this proposal' }).click()
  await expect(ballot).toContainText('cannot be changed or taken back')
  await ballot.getByRole('button', { name: 'Yes, vote' }).click()
  await expect(ballot).toContainText('You voted for this proposal.')
  await expect(ballot).toContainText('Votes in this cycle are final.')
  await page.screenshot({ path: testInfo.outputPath('final-vote.png') })

  // The one vote is used: the ballot says so, and so does the other proposal on it.
  await page.locator('.back-button').click()
  await expect(page.locator('.ballot-summary')).toContainText(TITLE)
  await page.goto(`/?city=astana&cycle=astana-2026&lang=en&sel=proposal:${otherId}`)
  await expect(page.locator('.item-detail .ballot')).toContainText(
    'You have used all 1 of your votes.',
    { timeout: BOOT_TIMEOUT },
  )

  // Voting closes. The official compares the two rules for Saryarka and confirms the greedy one,
  // the rule the cycle declared (the only one offered).
  await switchDemo(page, ADMIN)
  await page.locator('.back-button').click()
  await advancePhase(page, 'Selection')
  await switchDemo(page, OFFICIAL)
  await page.goto('/?city=astana&cycle=astana-2026&district=astana-saryarka&lang=en')
  const selection = page.locator('.selection-panel')
  const ours = selection.locator(`tr[data-proposal="${mineId}"]`)
  await expect(ours.locator('td[data-rule="greedy"]')).toHaveAttribute('data-funded', 'true', {
    timeout: BOOT_TIMEOUT,
  })
  await expect(selection.getByRole('button', { name: /^Confirm: / })).toHaveCount(1)
  await selection.getByRole('button', { name: 'Confirm: Greedy (most votes)' }).click()
  await expect(selection).toContainText('cannot be changed')
  await selection.getByRole('button', { name: 'Yes, confirm “Greedy (most votes)”' }).click()
  await expect(selection.locator('.selection-confirmed')).toContainText(
    'Confirmed: Greedy (most votes)',
  )
  await page.screenshot({ path: testInfo.outputPath('selection.png') })

  // Implementation starts once every district's winners are confirmed: the admin is told how
  // many ballots lack them, and confirms the other districts'.
  await switchDemo(page, ADMIN)
  await page.locator('.back-button').click()
  const others = [
    'astana-baikonur',
    'astana-nura',
    'astana-esil',
    'astana-sarayshyk',
    'astana-almaty',
  ]
  await refusedPhase(
    page,
    'Implementation',
    new RegExp(`winners of every ballot.*Ballots without confirmed winners: ${others.length}\\.`),
  )
  for (const district of others) await confirmGreedy(page, district)
  await page.goto('/?city=astana&cycle=astana-2026&lang=en')
  await advancePhase(page, 'Implementation')

  // The official reports the first progress on the new project.
  await switchDemo(page, OFFICIAL)
  await page.goto(
    '/?city=astana&cycle=astana-2026&district=astana-saryarka&view=list&status=project:planned&lang=en',
  )
  await page
    .locator('.list-area tr[data-kind="project"]')
    .filter({ hasText: TITLE })
    .locator('.row-open')
    .click()
  const progress = page.locator('.project-reporting form').first()
  await progress.getByLabel('Status').selectOption({ label: 'Procurement' })
  await progress.getByLabel('Progress, %').fill('0')
  await progress.getByLabel('Note (what was done)').fill('Объявлен конкурс на госзакупках.')
  await progress.getByRole('button', { name: 'Add to the timeline' }).click()
  await expect(progress.getByRole('status')).toHaveText('Added to the public timeline.')
  // Read back before leaving: the write is stored (the browser's database) before the reload.
  await expect(page.locator('.timeline li').last()).toContainText(
    'Объявлен конкурс на госзакупках.',
  )

  // Anyone sees the whole story: the confirmed rule, the project and its timeline.
  const projectUrl = page.url()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto('/?city=astana&cycle=astana-2026&district=astana-saryarka&lang=en')
  await expect(page.locator('.selection-confirmed')).toContainText('Greedy (most votes)', {
    timeout: BOOT_TIMEOUT,
  })
  await page.goto(projectUrl)
  await expect(page.locator('#item-title')).toHaveText(TITLE, { timeout: BOOT_TIMEOUT })
  await expect(page.locator('.timeline li').last()).toContainText(
    'Объявлен конкурс на госзакупках.',
  )
})
