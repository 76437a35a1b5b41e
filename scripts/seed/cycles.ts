// The budget cycles of the demo: two real programmes (the Saryarka 2019 pilot, Almaty 2020) and
// two invented current ones (Almaty 2026 in voting, Astana 2026 in submission), with the dates of
// every phase, the districts' allocations and the Saryarka ballot groups.
import { CYCLE_PHASES, type CyclePhase } from '../../src/api/types'
import { uuidV5 } from './uuid'

const MLN = 1_000_000

export const ALMATY = [
  'almaty-alatau',
  'almaty-almaly',
  'almaty-auezov',
  'almaty-bostandyk',
  'almaty-zhetysu',
  'almaty-medeu',
  'almaty-nauryzbay',
  'almaty-turksib',
]
export const ASTANA = [
  'astana-saryarka',
  'astana-baikonur',
  'astana-nura',
  'astana-esil',
  'astana-sarayshyk',
  'astana-almaty',
]
export type Phase = CyclePhase
/** Every phase in workflow order (the order of the SQL enum). */
export const PHASES: readonly Phase[] = CYCLE_PHASES

export interface Cycle {
  id: string
  cityId: string
  year: number
  title: { kk: string; ru: string; en: string }
  phase: Phase
  cap: number | null
  votesPerVoter: number
  changeable: boolean
  residentsOnly: boolean
  divisionDate: string
  isDemo: boolean
  createdAt: string
  /** Start and end of every phase, in order. */
  dates: [string, string][]
  allocations: [string, number][]
}

export const CYCLES: Cycle[] = [
  {
    id: 'astana-saryarka-2019',
    cityId: 'astana',
    year: 2019,
    title: {
      kk: 'Халықтың қатысу бюджеті: Сарыарқа ауданы, 2019 (пилот)',
      ru: 'Бюджет народного участия: район Сарыарка, 2019 (пилот)',
      en: "People's participation budget: Saryarka district, 2019 (pilot)",
    },
    phase: 'reporting',
    cap: 15 * MLN,
    votesPerVoter: 1,
    changeable: false,
    residentsOnly: true,
    divisionDate: '2019-01-01',
    isDemo: false,
    createdAt: '2019-01-10 04:00:00+00',
    dates: [
      ['2019-01-10', '2019-02-28'],
      ['2019-03-01', '2019-04-15'],
      ['2019-04-16', '2019-05-15'],
      ['2019-05-16', '2019-06-05'],
      ['2019-06-06', '2019-06-15'],
      ['2019-06-16', '2019-11-30'],
      ['2019-12-01', '2020-03-31'],
      ['2020-04-01', '2020-12-31'],
    ],
    allocations: [['astana-saryarka', 100 * MLN]],
  },
  {
    id: 'almaty-2020',
    cityId: 'almaty',
    year: 2020,
    title: {
      kk: 'Алматы қаласының қатысу бюджеті, 2020',
      ru: 'Бюджет участия города Алматы, 2020',
      en: 'Almaty participatory budget, 2020',
    },
    // Almaty's first round, for the 2020 budget (1 % of the city budget, as the akim proposed in
    // April 2019: ic24.kz/KazTAG): 500 mln tenge for each of the 8 districts, no per-project cap,
    // proposals until 27 October and voting 3–12 November 2019 (informburo.kz), three votes per
    // registered resident; the projects were built from 2020. The 800 mln per district with a
    // 55.5 mln cap (Kazinform) belongs to the next round, held in autumn 2020 for 2021.
    phase: 'execution',
    cap: null,
    votesPerVoter: 3,
    changeable: false,
    residentsOnly: true,
    divisionDate: '2020-01-01',
    isDemo: false,
    createdAt: '2019-08-01 04:00:00+00',
    // Execution runs on: a few projects were re-tendered and are finished in 2026–2027.
    dates: [
      ['2019-08-01', '2019-08-31'],
      ['2019-09-01', '2019-10-27'],
      ['2019-10-28', '2019-11-02'],
      ['2019-11-03', '2019-11-12'],
      ['2019-11-13', '2019-12-31'],
      ['2020-01-01', '2027-10-31'],
      ['2027-11-01', '2027-12-31'],
      ['2028-01-01', '2028-12-31'],
    ],
    allocations: ALMATY.map((d) => [d, 500 * MLN]),
  },
  {
    id: 'almaty-2026',
    cityId: 'almaty',
    year: 2026,
    title: {
      kk: 'Алматы қаласының қатысу бюджеті, 2026 (демо)',
      ru: 'Бюджет участия города Алматы, 2026 (демо)',
      en: 'Almaty participatory budget, 2026 (demo)',
    },
    phase: 'voting',
    cap: 150 * MLN,
    votesPerVoter: 3,
    changeable: true,
    residentsOnly: true,
    divisionDate: '2026-01-01',
    isDemo: true,
    createdAt: '2026-02-02 04:00:00+00',
    dates: [
      ['2026-02-02', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-10-31'],
      ['2026-11-01', '2026-12-15'],
      ['2026-12-16', '2026-12-31'],
      ['2027-01-01', '2027-11-30'],
      ['2027-12-01', '2028-02-29'],
      ['2028-03-01', '2028-12-31'],
    ],
    allocations: ALMATY.map((d) => [d, 800 * MLN]),
  },
  {
    id: 'astana-2026',
    cityId: 'astana',
    year: 2026,
    title: {
      kk: 'Астана қаласының қатысу бюджеті, 2026 (демо)',
      ru: 'Бюджет участия города Астаны, 2026 (демо)',
      en: 'Astana participatory budget, 2026 (demo)',
    },
    phase: 'submission',
    cap: 50 * MLN,
    votesPerVoter: 1,
    changeable: false,
    residentsOnly: true,
    divisionDate: '2026-01-01',
    isDemo: true,
    createdAt: '2026-09-01 04:00:00+00',
    dates: [
      ['2026-09-01', '2026-10-15'],
      ['2026-10-16', '2026-12-20'],
      ['2026-12-21', '2027-02-15'],
      ['2027-03-01', '2027-04-15'],
      ['2027-04-16', '2027-04-30'],
      ['2027-05-01', '2027-11-30'],
      ['2027-12-01', '2028-02-29'],
      ['2028-03-01', '2028-12-31'],
    ],
    allocations: ASTANA.map((d) => [d, 300 * MLN]),
  },
]
export function cycle(id: string): Cycle {
  const c = CYCLES.find((x) => x.id === id)
  if (!c) throw new Error(`unknown cycle ${id}`)
  return c
}
export const phaseDates = (c: Cycle, p: Phase) => c.dates[PHASES.indexOf(p)]!

export interface BallotGroup {
  id: string
  cycleId: string
  code: string
  names: { kk: string; ru: string; en: string }
  minFlats: number
  maxFlats: number | null
  allocation: number
}
export const SARYARKA_GROUPS: (BallotGroup & { winnersPerYard: number[]; losers: number })[] = [
  {
    id: uuidV5('ballot-group:astana-saryarka-2019:small'),
    cycleId: 'astana-saryarka-2019',
    code: 'small',
    names: {
      kk: '40 пәтерге дейінгі аулалар',
      ru: 'Дворы до 40 квартир',
      en: 'Yards with up to 40 flats',
    },
    minFlats: 1,
    maxFlats: 40,
    allocation: 20 * MLN,
    winnersPerYard: [2, 1],
    losers: 6,
  },
  {
    id: uuidV5('ballot-group:astana-saryarka-2019:medium'),
    cycleId: 'astana-saryarka-2019',
    code: 'medium',
    names: {
      kk: '41–100 пәтерлі аулалар',
      ru: 'Дворы от 41 до 100 квартир',
      en: 'Yards with 41–100 flats',
    },
    minFlats: 41,
    maxFlats: 100,
    allocation: 30 * MLN,
    winnersPerYard: [2, 2],
    losers: 7,
  },
  {
    id: uuidV5('ballot-group:astana-saryarka-2019:large'),
    cycleId: 'astana-saryarka-2019',
    code: 'large',
    names: {
      kk: '100-ден астам пәтерлі аулалар',
      ru: 'Дворы более 100 квартир',
      en: 'Yards with more than 100 flats',
    },
    minFlats: 101,
    maxFlats: null,
    allocation: 50 * MLN,
    winnersPerYard: [2, 2, 2, 1],
    losers: 9,
  },
]
