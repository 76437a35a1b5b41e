// What the Method of Equal Shares compares: a project's price per unit of utility ρ = p / cost
// (p the equal share its approvers pay), known exactly or as a float with a proven error bound.
// Two budget keepers produce prices: exactBudgets.ts (BigInt fractions) and floatBudgets.ts
// (floats whose every decision is proven or refused); comparePrices never guesses.

/** A non-negative fraction, den > 0. */
export interface Ratio {
  num: bigint
  den: bigint
}

export interface Price {
  approx: number
  /** |ρ − approx| ≤ err. */
  err: number
  /** ρ exactly, when known. */
  exact?: Ratio
  /** ρ = 1 / inverse exactly: every approver with money left paid the same share, cost / inverse. */
  inverse?: number
}

/** Thrown when floats cannot decide a comparison; the caller redoes the work exactly. */
export class Uncertain extends Error {
  constructor() {
    super('a comparison too close for floating point')
    this.name = 'Uncertain'
  }
}

const sign = (l: bigint, r: bigint) => (l < r ? -1 : l > r ? 1 : 0)

export function compareRatios(a: Ratio, b: Ratio): number {
  return sign(a.num * b.den, b.num * a.den)
}

/** −1, 0 or 1 as ρ(a) is below, equal to or above ρ(b); NaN when it cannot be told. */
function tryCompare(a: Price, b: Price): number {
  const gap = a.approx - b.approx
  if (Math.abs(gap) > a.err + b.err) return Math.sign(gap)
  if (a.inverse !== undefined && b.inverse !== undefined) return Math.sign(b.inverse - a.inverse)
  if (a.exact && b.exact) return compareRatios(a.exact, b.exact)
  if (a.exact && b.inverse !== undefined) return sign(a.exact.num * BigInt(b.inverse), a.exact.den)
  if (a.inverse !== undefined && b.exact) return sign(b.exact.den, b.exact.num * BigInt(a.inverse))
  return NaN
}

/** −1, 0 or 1 as ρ(a) is below, equal to or above ρ(b); throws Uncertain rather than guess. */
export function comparePrices(a: Price, b: Price): number {
  const order = tryCompare(a, b)
  if (Number.isNaN(order)) throw new Uncertain()
  return order
}

/** Whether ρ(a) > ρ(b) is certain (false when it is not, or cannot be told). */
export function surelyAbove(a: Price, b: Price): boolean {
  return tryCompare(a, b) > 0
}

/** A fraction as a float (relative error below 2^-50 for the values MES meets). */
export function ratioToNumber(num: bigint, den: bigint): number {
  const SCALE = 10n ** 18n
  return Number((num * SCALE) / den) / 1e18
}

export function exactPrice(exact: Ratio): Price {
  const approx = ratioToNumber(exact.num, exact.den)
  return { approx, err: approx * 2 ** -48 + 1e-17, exact }
}

/** What pricing a project gives the rules. */
export interface Priced {
  rho: Price
  /** Approvers with money left. */
  payers: number
  /** Of those, the ones who paid the equal share (the others paid all they had). */
  equalPayers: number
  /** The equal share, in currency units, for display. */
  share: number
}

/** Voters' budgets during one MES run, priced and paid project by project. */
export interface Budgets<T extends Priced> {
  /** The price of project c with the budgets as they are, or null if its approvers cannot pay. */
  price(c: number): T | null
  /** Project c is funded: its approvers pay min(budget, share). */
  fund(c: number, priced: T): void
}
