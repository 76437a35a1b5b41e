// Timelines of demo projects: the public updates (status, progress, note) and payments an akimat
// would have recorded, by kind of project. Pure: a plan is a list of day windows; realize() turns it
// into instants with the random stream, strictly in order, as the database requires (every update
// sets the project's status and progress, so the last one is the project's state).
import type { Random } from './random'
import { DAY, formatDotted, formatMoney, randomInstant } from './time'

export type ProjectStatus = 'planned' | 'procurement' | 'contracted' | 'in_progress' | 'completed'

/** One update: a window of days, the status and progress it records, a note. */
export type Step = [from: string, to: string, status: ProjectStatus, progress: number, note: string]
/** A payment: a window of days and a share of `payBase`, in per cent. */
export type Pay = [from: string, to: string, percent: number]

/**
 * A contract entry, recorded with the update at index `step` of the plan's steps: the contract
 * itself (no reason) or an amendment (with its reason).
 */
export interface ContractEntry {
  step: number
  amount: number
  reason: string | null
}

export interface ProjectPlan {
  kind: string
  created: [string, string]
  planned: [string, string]
  /** The contract amount in force at the end (the latest entry's), null before a contract. */
  contract: number | null
  contractor: string | null
  /** The contract history, oldest first. */
  contracts: ContractEntry[]
  steps: Step[]
  payBase: number
  pays: Pay[]
}

export interface RealizedUpdate {
  status: ProjectStatus
  progress: number
  note: string
  createdAt: number
}
export interface RealizedPayment {
  amount: number
  paidOn: number
  documentRef: string
  createdAt: number
}

/** Picks the moments of every update and payment; updates are at least an hour apart. */
export function realize(rnd: Random, plan: ProjectPlan) {
  const updates: RealizedUpdate[] = []
  let last = 0
  for (const [from, to, status, progress, note] of plan.steps) {
    const at = Math.max(randomInstant(rnd, from, to), last + 3600_000)
    updates.push({ status, progress, note, createdAt: at })
    last = at
  }
  const payments: RealizedPayment[] = []
  let paid = 0
  const totalPercent = plan.pays.reduce((s, x) => s + x[2], 0)
  plan.pays.forEach(([from, to, percent], i) => {
    // Shares that add up to 100 % pay exactly the base; the last one takes the rounding.
    const amount =
      i === plan.pays.length - 1 && totalPercent === 100
        ? plan.payBase - paid
        : Math.round((plan.payBase * percent) / 100_000) * 1000
    paid += amount
    const paidOn = randomInstant(rnd, from, to)
    payments.push({
      amount,
      paidOn,
      documentRef: `ПП №${rnd.int(1000, 9999)} от ${formatDotted(paidOn)}`,
      createdAt: paidOn + rnd.int(1, 3) * DAY,
    })
  })
  return { updates, payments, createdAt: randomInstant(rnd, ...plan.created) }
}

const contractNote = (contractor: string, amount: number) =>
  `Заключён договор с ${contractor} на ${formatMoney(amount)} ₸.`
const TENDER = 'Объявлен конкурс на портале госзакупок (goszakup.gov.kz).'
const TENDER_FAILED = 'Конкурс не состоялся: не подано ни одной заявки. Смета будет пересчитана.'
const ACCEPTED = 'Работы завершены, акт приёмки подписан с участием жителей.'
const roundThousand = (x: number) => Math.round(x / 1000) * 1000

/** Saryarka 2019 pilot: built in the 2019 season; `late` finished three weeks after plan. */
export function saryarka2019Plan(
  rnd: Random,
  cost: number,
  late: boolean,
  contractors: readonly string[],
): ProjectPlan {
  const contractor = rnd.pick(contractors)
  const contract = roundThousand(cost * (0.9 + rnd.next() * 0.09))
  const finish: Step[] = late
    ? [
        [
          '2019-10-21',
          '2019-10-29',
          'in_progress',
          90,
          'Задержка: поставщик сорвал срок поставки оборудования.',
        ],
        [
          '2019-11-11',
          '2019-11-20',
          'completed',
          100,
          'Работы завершены с опозданием, акт приёмки подписан с участием жителей.',
        ],
      ]
    : [['2019-10-01', '2019-10-25', 'completed', 100, ACCEPTED]]
  return {
    kind: late ? 'completed-late' : 'completed',
    created: ['2019-06-17', '2019-06-21'],
    planned: ['2019-07-29', '2019-10-31'],
    contract,
    contractor,
    contracts: [{ step: 1, amount: contract, reason: null }],
    steps: [
      ['2019-06-24', '2019-07-05', 'procurement', 0, TENDER],
      ['2019-07-15', '2019-07-26', 'contracted', 0, contractNote(contractor, contract)],
      [
        '2019-08-01',
        '2019-08-12',
        'in_progress',
        rnd.int(25, 35),
        'Подрядчик вышел на объект, идёт демонтаж и земляные работы.',
      ],
      [
        '2019-09-02',
        '2019-09-13',
        'in_progress',
        rnd.int(65, 80),
        'Устройство покрытий и монтаж оборудования.',
      ],
      ...finish,
    ],
    payBase: contract,
    pays: [
      ['2019-07-29', '2019-08-05', 30],
      late ? ['2019-11-25', '2019-12-10', 70] : ['2019-11-01', '2019-11-22', 70],
    ],
  }
}

export const ALMATY_2020_KINDS = [
  'completed',
  'completed-over-budget',
  'late',
  'late-over-budget',
  'in_progress',
  'contracted',
  'procurement',
] as const
export type Almaty2020Kind = (typeof ALMATY_2020_KINDS)[number]

/**
 * Almaty 2020 (voted in November 2020): most projects were built in 2021. Late ones (planned end 2021) are still in
 * progress; over-budget ones were paid more than approved after a supplementary agreement;
 * in_progress, contracted and procurement ones failed their first tender and were re-tendered in
 * 2026, with new planned dates.
 */
export function almaty2020Plan(
  rnd: Random,
  kind: Almaty2020Kind,
  cost: number,
  contractors: readonly string[],
): ProjectPlan {
  const contractor = rnd.pick(contractors)
  const base = roundThousand(cost * (0.9 + rnd.next() * 0.08))
  const created: [string, string] = ['2020-12-16', '2020-12-28']
  const tender: Step = ['2021-01-11', '2021-02-05', 'procurement', 0, TENDER]
  const tenderFailed: Step = ['2021-02-22', '2021-03-12', 'procurement', 0, TENDER_FAILED]
  const signed: Step = ['2021-03-01', '2021-03-26', 'contracted', 0, contractNote(contractor, base)]
  const works = (p1: number, p2: number, p3: number): [Step, Step, Step] => [
    [
      '2021-04-01',
      '2021-04-25',
      'in_progress',
      p1,
      'Подрядчик вышел на объект: демонтаж старого покрытия и оборудования.',
    ],
    [
      '2021-06-01',
      '2021-06-25',
      'in_progress',
      p2,
      'Выполнены земляные работы, идёт устройство основания и покрытий.',
    ],
    ['2021-08-01', '2021-08-25', 'in_progress', p3, 'Монтаж оборудования и освещения, озеленение.'],
  ]
  const done: Step = ['2021-09-15', '2021-10-25', 'completed', 100, ACCEPTED]
  const plan2021 = {
    kind,
    created,
    planned: ['2021-04-01', '2021-10-31'] as [string, string],
    contractor,
  }

  switch (kind) {
    case 'completed':
      return {
        ...plan2021,
        contract: base,
        contracts: [{ step: 1, amount: base, reason: null }],
        steps: [tender, signed, ...works(rnd.int(10, 20), rnd.int(45, 65), rnd.int(80, 92)), done],
        payBase: base,
        pays: [
          ['2021-03-29', '2021-04-09', 30],
          ['2021-07-01', '2021-07-20', 40],
          ['2021-11-01', '2021-11-25', 30],
        ],
      }
    case 'completed-over-budget': {
      const total = roundThousand(cost * 1.09)
      const [w1, w2, w3] = works(rnd.int(10, 20), rnd.int(45, 60), rnd.int(80, 92))
      const extra = `Заключено дополнительное соглашение на ${formatMoney(total - base)} ₸: перенос инженерных сетей, выявленных при вскрытии.`
      return {
        ...plan2021,
        contract: total,
        contracts: [
          { step: 1, amount: base, reason: null },
          { step: 4, amount: total, reason: extra },
        ],
        steps: [
          tender,
          signed,
          w1,
          w2,
          ['2021-07-01', '2021-07-20', 'in_progress', w2[3], extra],
          w3,
          done,
        ],
        payBase: total,
        pays: [
          ['2021-03-29', '2021-04-09', 30],
          ['2021-07-21', '2021-07-31', 40],
          ['2021-11-01', '2021-11-25', 30],
        ],
      }
    }
    case 'late':
    case 'late-over-budget': {
      const over = kind === 'late-over-budget'
      const total = over ? roundThousand(cost * 1.12) : base
      const [w1, w2] = works(rnd.int(10, 20), rnd.int(35, 45), 0)
      const contracts: ContractEntry[] = [{ step: 1, amount: base, reason: null }]
      const steps: Step[] = [
        tender,
        signed,
        w1,
        w2,
        [
          '2021-11-20',
          '2021-12-10',
          'in_progress',
          w2[3],
          'Работы приостановлены на зимний период.',
        ],
        [
          '2022-05-16',
          '2022-06-10',
          'in_progress',
          w2[3],
          'Подрядчик не вышел на объект в срок; акимат направил претензию.',
        ],
      ]
      if (over) {
        const extra = `Заключено дополнительное соглашение на ${formatMoney(total - base)} ₸ в связи с удорожанием материалов.`
        contracts.push({ step: steps.length, amount: total, reason: extra })
        steps.push(['2022-08-01', '2022-08-20', 'in_progress', w2[3], extra])
      }
      steps.push([
        '2025-06-02',
        '2025-06-27',
        'in_progress',
        rnd.int(55, 70),
        'Работы возобновлены, срок завершения перенесён.',
      ])
      return {
        ...plan2021,
        contract: total,
        contracts,
        steps,
        // Paid against the approved budget: the over-budget one has received 105 % of it.
        payBase: cost,
        pays: over
          ? [
              ['2021-03-29', '2021-04-09', 30],
              ['2021-09-01', '2021-09-20', 40],
              ['2025-09-01', '2025-09-25', 35],
            ]
          : [
              ['2021-03-29', '2021-04-09', 30],
              ['2021-09-01', '2021-09-20', 25],
            ],
      }
    }
    case 'in_progress':
      return {
        kind,
        created,
        planned: ['2026-05-01', rnd.pick(['2026-12-20', '2027-06-30'])],
        contract: base,
        contractor,
        contracts: [{ step: 3, amount: base, reason: null }],
        steps: [
          tender,
          tenderFailed,
          [
            '2026-02-02',
            '2026-02-27',
            'procurement',
            0,
            'Смета обновлена по ценам 2026 года, объявлен повторный конкурс.',
          ],
          ['2026-04-01', '2026-04-20', 'contracted', 0, contractNote(contractor, base)],
          ['2026-05-11', '2026-05-29', 'in_progress', rnd.int(15, 25), 'Начаты работы на объекте.'],
          [
            '2026-08-03',
            '2026-08-25',
            'in_progress',
            rnd.int(45, 60),
            'Устройство основания и покрытий.',
          ],
          [
            '2026-10-12',
            '2026-10-30',
            'in_progress',
            rnd.int(70, 85),
            'Монтаж оборудования; озеленение — весной.',
          ],
        ],
        payBase: base,
        pays: [
          ['2026-04-22', '2026-04-30', 30],
          ['2026-09-01', '2026-09-18', 35],
        ],
      }
    case 'contracted':
      return {
        kind,
        created,
        planned: ['2027-04-01', '2027-09-30'],
        contract: base,
        contractor,
        contracts: [{ step: 3, amount: base, reason: null }],
        steps: [
          tender,
          tenderFailed,
          [
            '2026-08-03',
            '2026-08-21',
            'procurement',
            0,
            'Повторный конкурс объявлен после обновления сметы.',
          ],
          [
            '2026-10-01',
            '2026-10-23',
            'contracted',
            0,
            `${contractNote(contractor, base)} Начало работ — апрель 2027 года, после зимнего периода.`,
          ],
        ],
        payBase: base,
        pays: rnd.chance(0.5) ? [['2026-11-02', '2026-11-16', 30]] : [],
      }
    case 'procurement':
      return {
        kind,
        created,
        planned: ['2027-04-01', '2027-10-31'],
        contract: null,
        contractor: null,
        contracts: [],
        steps: [
          tender,
          tenderFailed,
          [
            '2026-10-05',
            '2026-10-30',
            'procurement',
            0,
            'Объявлен повторный конкурс, итоги — в декабре 2026 года.',
          ],
        ],
        payBase: base,
        pays: [],
      }
  }
}
