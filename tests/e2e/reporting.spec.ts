// An official of Medeu reports on a project being built (Almaty 2020 is being carried out): a
// refused entry keeps what was typed, then progress and a payment go on the record, and an
// anonymous visitor sees both on the project's public timeline. A payment above the budget needs
// a confirmed reason, a mistaken one is reversed, a contract is recorded and amended, all public.
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

test('a payment above the budget needs a confirmed reason; a mistaken one is reversed, on the public record', async ({
  page,
}, testInfo) => {
  await page.goto(
    '/?city=almaty&cycle=almaty-2020&district=almaty-medeu&view=list&status=project:in_progress&lang=en',
  )
  await signInAsDemo(page, 'Official of the Medeu district akimat')
  await page
    .locator('.list-area tr[data-kind="project"]')
    .first()
    .locator('.row-open')
    .click({ timeout: BOOT_TIMEOUT })
  const reporting = page.locator('.project-reporting')
  await expect(reporting).toBeVisible()
  const approved = Number(await page.locator('[data-field="approved"] data').getAttribute('value'))
  const paidBefore = Number(await page.locator('[data-field="paid"] data').getAttribute('value'))

  // One thousand tenge above the budget: the confirmation appears and is required.
  const payment = reporting.locator('form').nth(1)
  const amount = String(approved - paidBefore + 1000)
  await payment.getByLabel('Amount, whole tenge').fill(amount)
  await payment.getByLabel('Payment document (number and date)').fill('ПП №888')
  const confirm = payment.getByTestId('over-budget')
  await expect(confirm).toBeVisible()
  await payment.getByRole('button', { name: 'Record the payment' }).click()
  await expect(confirm.locator('.field-error')).toHaveText(
    'This payment takes the total above the approved budget: tick the confirmation.',
  )
  await confirm.getByLabel(/I confirm this payment/).check()
  await payment.getByRole('button', { name: 'Record the payment' }).click()
  await expect(confirm.locator('.field-error')).toHaveText(
    'Give a reason of at least 3 characters.',
  )
  // Nothing typed was lost on the way.
  await expect(payment.getByLabel('Amount, whole tenge')).toHaveValue(amount)
  await confirm
    .getByLabel('Reason (published with the payment)')
    .fill('Дополнительное соглашение №2: перенос сетей.')
  await payment.getByRole('button', { name: 'Record the payment' }).click()
  await expect(payment.getByRole('status')).toHaveText('Payment recorded.')
  await expect(page.locator('[data-field="paid"] data')).toHaveAttribute(
    'value',
    String(approved + 1000),
  )

  // The payment was a mistake: reversed with a reason, never deleted.
  const reversal = reporting.locator('form').filter({ hasText: 'Reverse a payment' })
  await reversal.getByRole('button', { name: 'Reverse the payment' }).click()
  await expect(reversal.locator('.field-error').first()).toHaveText('Choose the payment')
  const option = reversal.locator('option').filter({ hasText: 'ПП №888' })
  await reversal
    .getByLabel('Payment to reverse')
    .selectOption((await option.getAttribute('value'))!)
  await reversal.getByLabel('Reason for the reversal (public)').fill('Оплата записана дважды.')
  await reversal.getByRole('button', { name: 'Reverse the payment' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Payment reversed.' })).toBeVisible()
  await expect(page.locator('[data-field="paid"] data')).toHaveAttribute(
    'value',
    String(paidBefore),
  )

  // Anyone sees the payment, its reason, and the reversal that undid it.
  const url = page.url()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto(url)
  const rows = page.locator('table.payments tbody tr').filter({ hasText: 'ПП №888' })
  await expect(rows).toHaveCount(2, { timeout: BOOT_TIMEOUT })
  await expect(rows.first()).toHaveClass('payment-reversed')
  await expect(rows.first()).toContainText('Дополнительное соглашение №2: перенос сетей.')
  await expect(rows.last()).toHaveClass('payment-reversal')
  await expect(rows.last()).toContainText('Оплата записана дважды.')
  await expect(rows.last().locator('data')).toHaveAttribute('value', `-${amount}`)
  await rows.last().scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('reversal.png') })
})

test('an official records a contract and amends it; the history is public', async ({
  page,
}, testInfo) => {
  await page.goto(
    '/?city=almaty&cycle=almaty-2020&district=almaty-medeu&view=list&status=project:procurement&lang=en',
  )
  await signInAsDemo(page, 'Official of the Medeu district akimat')
  await page
    .locator('.list-area tr[data-kind="project"]')
    .first()
    .locator('.row-open')
    .click({ timeout: BOOT_TIMEOUT })
  const reporting = page.locator('.project-reporting')
  await expect(reporting).toBeVisible()
  const approved = Number(await page.locator('[data-field="approved"] data').getAttribute('value'))

  const form = reporting.locator('form').filter({ hasText: 'Record the contract' })
  await form.getByLabel('Contractor').fill('ТОО «Жасыл Қала»')
  await form.getByLabel('Contract amount, whole tenge').fill(String(approved - 500_000))
  await form.getByLabel('goszakup.gov.kz number (announcement or lot)').fill('ГЗ-17')
  await form.getByLabel('Planned start').fill('2027-04-01')
  await form.getByLabel('Planned end').fill('2027-09-30')
  await form.getByRole('button', { name: 'Record the contract' }).click()
  await expect(form.locator('.field-error')).toHaveText(
    'Enter the goszakup.gov.kz number of the announcement or lot, e.g. 16776705-1 or 87491617-ЗЦП1.',
  )
  await expect(form.getByLabel('Contractor')).toHaveValue('ТОО «Жасыл Қала»')
  await form.getByLabel('goszakup.gov.kz number (announcement or lot)').fill('87491617-зцп1')
  await form.getByRole('button', { name: 'Record the contract' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Contract recorded.' })).toBeVisible()
  await expect(page.locator('[data-field="contracted"] data')).toHaveAttribute(
    'value',
    String(approved - 500_000),
  )

  // An amendment: the form now amends the contract in force and wants the reason.
  const amend = reporting.locator('form').filter({ hasText: 'Amend the contract' })
  await expect(amend.getByLabel('Contractor')).toHaveValue('ТОО «Жасыл Қала»')
  await amend.getByLabel('Planned end').fill('2027-10-31')
  await amend.getByRole('button', { name: 'Record the amendment' }).click()
  await expect(amend.locator('.field-error')).toHaveText(
    'This project already has a contract: an amendment needs its reason.',
  )
  await amend
    .getByLabel('Reason for the amendment (public)')
    .fill('Перенос срока из-за поставки оборудования.')
  await amend.getByRole('button', { name: 'Record the amendment' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Contract recorded.' })).toBeVisible()

  const url = page.url()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto(url)
  const entries = page.getByTestId('contract-entry')
  await expect(entries).toHaveCount(2, { timeout: BOOT_TIMEOUT })
  await expect(entries.first()).toContainText('87491617-ЗЦП1')
  await expect(entries.last()).toContainText('Amendment')
  await expect(entries.last()).toContainText('Перенос срока из-за поставки оборудования.')
  await expect(page.locator('.facts')).toContainText('ТОО «Жасыл Қала»')
  await entries.last().scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('contract.png') })
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
