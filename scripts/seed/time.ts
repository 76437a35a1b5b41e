// Timestamps of demo events: picked at random inside given day ranges, formatted for SQL.
import type { Random } from './random'

export const DAY = 86_400_000

/** Milliseconds since the epoch of a day written as YYYY-MM-DD (UTC midnight). */
export function day(text: string): number {
  const t = Date.parse(`${text}T00:00:00Z`)
  if (Number.isNaN(t)) throw new Error(`not a date: ${text}`)
  return t
}

/**
 * A random moment on one of the days from..to (both inclusive), between 03:00 and 15:00 UTC,
 * i.e. office hours in Kazakhstan (UTC+5/+6).
 */
export function randomInstant(rnd: Random, from: string, to: string): number {
  const days = Math.round((day(to) - day(from)) / DAY)
  if (days < 0) throw new Error(`empty range ${from}..${to}`)
  const seconds = 3 * 3600 + rnd.int(0, 12 * 3600 - 1)
  return day(from) + rnd.int(0, days) * DAY + seconds * 1000
}

/** 2021-08-12 07:31:05+00 */
export const formatInstant = (t: number) =>
  `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')}+00`

/** 2021-08-12 */
export const formatDay = (t: number) => new Date(t).toISOString().slice(0, 10)

/** 12.08.2021, as dates are written in Kazakh and Russian documents. */
export function formatDotted(t: number): string {
  const [y, m, d] = formatDay(t).split('-')
  return `${d}.${m}.${y}`
}

/** 12 450 000 (groups of three digits separated by spaces). */
export const formatMoney = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
