// Voters' budgets in one MES run, in exact arithmetic (BigInt fractions): the reference the float
// keeper (floatBudgets.ts) falls back to whenever it cannot prove a decision.
//
// Voters who approve the same funded projects have the same budget, so they are kept in classes
// (class 0: nothing left) and the arithmetic is per class. All budgets are numerators over one
// denominator D, which each round multiplies by the number of equal-share payers (never reduced),
// so comparing two budgets compares two BigInts. A class keeps the numerator over D as it was when
// the class was made; scale[epoch] brings it to today's D, so only the classes that pay change.
import type { Prepared } from './prepare'
import { exactPrice, ratioToNumber, type Budgets, type Priced } from './prices'

/** A per-voter budget, exactly: num / den currency units. */
export interface Share {
  num: bigint
  den: bigint
}

interface ExactPriced extends Priced {
  /** The equal share is P / (equalPayers · D). */
  P: bigint
}

export class ExactBudgets implements Budgets<ExactPriced> {
  private readonly p: Prepared
  private readonly classOf: Int32Array
  private readonly num: bigint[] = [0n]
  private readonly epoch: number[] = [0]
  private scale: bigint[] = [1n]
  private D: bigint
  private count = new Int32Array(64)

  constructor(p: Prepared, share: Share) {
    this.p = p
    this.D = share.den
    this.classOf = new Int32Array(p.voters)
    if (share.num > 0n && p.voters > 0) {
      this.newClass(share.num)
      this.classOf.fill(1)
    }
  }

  private newClass(num: bigint): number {
    const k = this.num.length
    this.num.push(num)
    this.epoch.push(this.scale.length - 1)
    if (k >= this.count.length) {
      const grown = new Int32Array(this.count.length * 2)
      grown.set(this.count)
      this.count = grown
    }
    return k
  }

  price(c: number): ExactPriced | null {
    const { count, classOf } = this
    const touched: number[] = []
    let payers = 0
    for (const i of this.p.approvers[c]!) {
      const k = classOf[i]!
      if (k === 0) continue
      payers++
      const seen = count[k]!
      if (seen === 0) touched.push(k)
      count[k] = seen + 1
    }
    // Each touched class's budget over today's D.
    const value = touched.map((k) => this.num[k]! * this.scale[this.epoch[k]!]!)
    const order = touched.map((_, j) => j)
    let total = 0n
    for (const j of order) total += BigInt(count[touched[j]!]!) * value[j]!
    const cost = BigInt(this.p.cost[c]!)
    const costD = cost * this.D
    if (total < costD) {
      for (const k of touched) count[k] = 0
      return null
    }
    // Poorest first: a class pays all it has while that is below the equal share of what is left.
    order.sort((a, b) => (value[a]! < value[b]! ? -1 : value[a]! > value[b]! ? 1 : 0))
    let paid = 0n
    let d = payers
    for (const j of order) {
      const n = count[touched[j]!]!
      if (costD - paid <= BigInt(d) * value[j]!) break
      paid += BigInt(n) * value[j]!
      d -= n
    }
    for (const k of touched) count[k] = 0
    const P = costD - paid
    const dD = BigInt(d) * this.D
    return {
      P,
      rho: exactPrice({ num: P, den: dD * cost }),
      payers,
      equalPayers: d,
      share: ratioToNumber(P, dD),
    }
  }

  fund(c: number, priced: ExactPriced): void {
    const { P } = priced
    const dB = BigInt(priced.equalPayers)
    // A new epoch: D becomes d·D.
    this.scale = this.scale.map((x) => x * dB)
    this.scale.push(1n)
    this.D *= dB
    const split = new Map<number, number>()
    for (const i of this.p.approvers[c]!) {
      const k = this.classOf[i]!
      if (k === 0) continue
      let to = split.get(k)
      if (to === undefined) {
        const left = this.num[k]! * this.scale[this.epoch[k]!]! - P
        to = left > 0n ? this.newClass(left) : 0
        split.set(k, to)
      }
      this.classOf[i] = to
    }
  }
}
