// Voters' budgets in one MES run, in floating point with a proven error bound on every budget
// (a running error analysis): each decision (affordable or not, who pays all they have, which
// price is lower) is taken only when the bounds prove it, and otherwise `Uncertain` is thrown
// and the run is redone exactly (exactBudgets.ts). So the outcome is always the exact one; floats
// only make it fast. Budgets are kept per class of voters, as in exactBudgets.ts.
//
// The bounds use u = 2^-52, twice the unit roundoff of a double: a product or quotient is off by at
// most u times its size, and a sum of m terms by at most (m + 1)·u times the sum of their sizes.
import type { Prepared } from './prepare'
import { Uncertain, type Budgets, type Priced } from './prices'
import type { Share } from './exactBudgets'

const U = 2 ** -52
/** Integers below this add and multiply exactly in doubles. */
const EXACT_INTEGERS = 2 ** 53

interface FloatPriced extends Priced {
  /** The classes whose voters pay all they have. */
  capped: number[]
  /** Bound on the error of `share`. */
  shareErr: number
}

export class FloatBudgets implements Budgets<FloatPriced> {
  private readonly p: Prepared
  private readonly classOf: Int32Array
  /** Budget of each class (class 0: nothing left) and a bound on its error. */
  private readonly value: number[] = [0]
  private readonly err: number[] = [0]
  private count = new Int32Array(64)
  /** Scratch: the classes of one project's approvers. */
  private touched = new Int32Array(64)

  constructor(p: Prepared, share: Share) {
    this.p = p
    this.classOf = new Int32Array(p.voters)
    if (share.num > 0n && p.voters > 0) {
      const v = Number(share.num) / Number(share.den)
      const whole = share.num % share.den === 0n && v < EXACT_INTEGERS
      this.newClass(v, whole ? 0 : 2 * U * v)
      this.classOf.fill(1)
    }
  }

  private newClass(value: number, err: number): number {
    const k = this.value.length
    this.value.push(value)
    this.err.push(err)
    if (k >= this.count.length) {
      const grown = new Int32Array(this.count.length * 2)
      grown.set(this.count)
      this.count = grown
      this.touched = new Int32Array(grown.length)
    }
    return k
  }

  price(c: number): FloatPriced | null {
    const { count, classOf, value, err, touched } = this
    let classes = 0
    let payers = 0
    for (const i of this.p.approvers[c]!) {
      const k = classOf[i]!
      if (k === 0) continue
      payers++
      const seen = count[k]!
      if (seen === 0) touched[classes++] = k
      count[k] = seen + 1
    }
    const cost = this.p.cost[c]!
    let total = 0
    let totalErr = 0
    let whole = true
    for (let j = 0; j < classes; j++) {
      const k = touched[j]!
      total += count[k]! * value[k]!
      totalErr += count[k]! * err[k]!
      if (err[k] !== 0 || !Number.isInteger(value[k])) whole = false
    }
    totalErr = whole && total < EXACT_INTEGERS ? 0 : totalErr + (classes + 1) * U * total
    const affordable = total + totalErr < cost ? false : total - totalErr >= cost ? true : null
    const priced = affordable ? this.split(c, classes, payers) : undefined
    for (let j = 0; j < classes; j++) count[touched[j]!] = 0
    if (affordable === false) return null
    if (!priced) throw new Uncertain()
    return priced
  }

  /**
   * The equal share of affordable project c, given its approvers' `classes` classes (in
   * `touched`, with `count`); undefined if the bounds cannot prove who pays all they have.
   */
  private split(c: number, classes: number, payers: number): FloatPriced | undefined {
    const { count, value, err, touched } = this
    const cost = this.p.cost[c]!
    // The equal share only rises as more voters pay all they have, so whoever has less than the
    // share of a pass surely pays all; passes move them to the front until none is left.
    let paid = 0
    let paidErr = 0
    let d = payers
    let capped = 0
    for (let moved = true; moved;) {
      moved = false
      const share = (cost - paid) / d
      for (let j = capped; j < classes; j++) {
        const k = touched[j]!
        if (value[k]! >= share) continue
        touched[j] = touched[capped]!
        touched[capped++] = k
        paid += count[k]! * value[k]!
        paidErr += count[k]! * err[k]!
        d -= count[k]!
        moved = true
      }
      if (d <= 0) return undefined
    }
    const share = (cost - paid) / d
    // The exact share for this split into payers-of-all and equal payers differs from `share` by
    // at most shareErr; the split is the exact one if every class is clearly on its side.
    const shareErr = (paidErr + (capped + 3) * U * (paid + cost)) / d + U * share
    for (let j = 0; j < classes; j++) {
      const k = touched[j]!
      const clear =
        j < capped
          ? share - value[k]! >= err[k]! + shareErr
          : value[k]! - share > err[k]! + shareErr
      if (!clear) return undefined
    }
    const approx = share / cost
    return {
      rho: {
        approx,
        err: shareErr / cost + U * approx,
        // Nobody paid less than the equal share: it is cost / d, and ρ = 1 / d.
        ...(capped === 0 ? { inverse: d } : {}),
      },
      payers,
      equalPayers: d,
      share,
      capped: Array.from(touched.subarray(0, capped)),
      shareErr,
    }
  }

  fund(c: number, priced: FloatPriced): void {
    const { share, shareErr } = priced
    const split = new Map<number, number>()
    for (const k of priced.capped) split.set(k, 0)
    for (const i of this.p.approvers[c]!) {
      const k = this.classOf[i]!
      if (k === 0) continue
      let to = split.get(k)
      if (to === undefined) {
        // price() proved value − share > err + shareErr, so what is left is above zero.
        const left = this.value[k]! - share
        to = this.newClass(left, this.err[k]! + shareErr + U * left)
        split.set(k, to)
      }
      this.classOf[i] = to
    }
  }
}
