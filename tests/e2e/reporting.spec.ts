// An official of Medeu reports on a project being built (Almaty 2020 is being carried out): a
// refused entry keeps what was typed, then progress and a payment go on the record, and an
// anonymous visitor sees both on the project's public timeline.
import { expect, test } from '@playwright/test'
import { BOOT_TIMEOUT, signInAsDemo, switchDemo } from './support'

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)

test('an official records progress and a payment; a visitor sees both on the timeline', async ({
  page,
}, testInfo) => {
  await page.goto(
    '/?city=almaty&cycle=almaty-2020&district=almaty-medeu&view=list&status=project:in_progress&lang=en',
  )
  await signInAsDemo(page, 'Resident of Medeu district, Almaty')
  const row = page.locator('.list-area tr[data-kind="project"]').first()
  await row.locator('.row-open').click({ timeout: BOOT_TIMEOUT })
  const title = (await page.locator('#item-title').textContent())!
  const url = page.url()
  // A resident gets no reporting tools.
  await expect(page.locator('.project-reporting')).toHaveCount(0)

  await switchDemo(page, 'Official of the Medeu district akimat')
  const reporting = page.locator('.project-reporting')
  await expect(reporting).toBeVisible()

  // Progress: "completed" needs 100 %; the note typed stays while that is fixed.
  const progress = reporting.locator('form').first()
  await progress.getByLabel('Status').selectOption({ label: 'Completed' })
  await progress.getByLabel('Progress, %').fill('90')
  await progress.getByLabel('Note (what was done)').fill('Покрытие уложено, идёт озеленение.')
  await progress.getByRole('button', { name: 'Add to the timeline' }).click()
  await expect(progress.locator('.field-error')).toHaveText('A completed project is at 100 %.')
  await expect(progress.getByLabel('Note (what was done)')).toHaveValue(
    'Покрытие уложено, идёт озеленение.',
  )
  await progress.getByLabel('Status').selectOption({ label: 'In progress' })
  await progress
    .locator('input[type="file"]')
    .setInputFiles({ name: 'works.png', mimeType: 'image/png', buffer: PNG })
  await expect(progress.locator('img.composer-photo')).toBeVisible()
  await progress.getByRole('button', { name: 'Add to the timeline' }).click()
  await expect(progress.getByRole('status')).toHaveText('Added to the public timeline.')
  await expect(progress.locator('img.composer-photo')).toHaveCount(0)

  // A payment dated tomorrow is refused; today's is recorded.
  const payment = reporting.locator('form').nth(1)
  await payment.getByLabel('Amount, whole tenge').fill('1 250 000')
  await payment.getByLabel('Payment document (number and date)').fill('ПП №777')
  const paidOn = payment.getByLabel('Paid on')
  const today = await paidOn.inputValue()
  await paidOn.fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10))
  await payment.getByRole('button', { name: 'Record the payment' }).click()
  await expect(payment.locator('.field-error')).toHaveText(
    'A payment cannot be dated in the future.',
  )
  await expect(payment.getByLabel('Amount, whole tenge')).toHaveValue('1 250 000')
  await paidOn.fill(today)
  await payment.getByRole('button', { name: 'Record the payment' }).click()
  await expect(payment.getByRole('status')).toHaveText('Payment recorded.')
  await page.screenshot({ path: testInfo.outputPath('reporting.png') })

  // A milestone with its planned day, then marked done; a name too short is refused first.
  const milestone = reporting.locator('.milestone-tools form')
  await milestone.getByLabel('Milestone', { exact: true }).fill('Ок')
  await milestone.getByLabel('Planned for').fill('2026-12-15')
  await milestone.getByRole('button', { name: 'Add the milestone' }).click()
  await expect(milestone.locator('.field-error')).toHaveText(
    'Name the milestone (at least 3 characters).',
  )
  await milestone.getByLabel('Milestone', { exact: true }).fill('Озеленение завершено')
  await milestone.getByRole('button', { name: 'Add the milestone' }).click()
  await expect(milestone.getByRole('status')).toHaveText('Milestone added.')
  await reporting.getByRole('button', { name: 'Done: Озеленение завершено' }).click()
  await expect(reporting.getByText('Marked done.')).toBeVisible()

  // Anyone, signed out, sees both with the role that recorded them.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto(url)
  await expect(page.locator('#item-title')).toHaveText(title, { timeout: BOOT_TIMEOUT })
  const last = page.locator('.timeline li').last()
  await expect(last).toContainText('Покрытие уложено, идёт озеленение.')
  await expect(last).toContainText('90%')
  await expect(last).toContainText('Akimat official')
  // Photos of embedded mode are kept in this browser, so the visitor here sees it too.
  await expect(last.locator('img.timeline-photo')).toBeVisible()
  const milestoneRow = page.locator('.milestones li').filter({ hasText: 'Озеленение завершено' })
  await expect(milestoneRow).toHaveAttribute('data-state', 'done')
  await milestoneRow.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('public-project.png') })
  const paid = page.locator('table.payments tbody tr').filter({ hasText: 'ПП №777' })
  await expect(paid.locator('data')).toHaveAttribute('value', '1250000')
})

test('an official enters paper votes; they count apart from online votes, for everyone', async ({
  page,
}) => {
  await page.goto(
    '/?city=almaty&cycle=almaty-2026&district=almaty-medeu&view=list&status=proposal:on_ballot&lang=en',
  )
  await signInAsDemo(page, 'Official of the Medeu district akimat')
  await page
    .locator('.list-area tr[data-kind="proposal"]')
    .first()
    .locator('.row-open')
    .click({ timeout: BOOT_TIMEOUT })
  const breakdown = page.locator('.vote-breakdown')
  const online = Number(await breakdown.getAttribute('data-online'))
  const before = Number(await page.locator('[data-field="votes"] data').getAttribute('value'))

  const form = page.locator('.paper-votes-form')
  await form.getByLabel('Paper votes counted').fill('двенадцать')
  await form.getByRole('button', { name: 'Save the count' }).click()
  await expect(form.locator('.field-error')).toHaveText('Give the count as a whole number.')
  await form.getByLabel('Paper votes counted').fill('12')
  await form.getByLabel('Where counted (optional)').fill('Школа № 12')
  await form.getByRole('button', { name: 'Save the count' }).click()
  await expect(form.getByRole('status')).toHaveText('Count saved.')
  await expect(breakdown).toHaveAttribute('data-paper', '12')
  await expect(page.locator('[data-field="votes"] data')).toHaveAttribute(
    'value',
    String(before + 12),
  )

  const url = page.url()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto(url)
  await expect(page.locator('.vote-breakdown')).toHaveText(
    `Online votes: ${online} · paper votes: 12`,
    { timeout: BOOT_TIMEOUT },
  )
  await expect(page.locator('.paper-votes-form')).toHaveCount(0)
})
