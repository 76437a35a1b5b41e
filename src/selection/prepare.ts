// Checks a SelectionInput and indexes it for the rules: projects by position, ballots turned
// round into each project's approvers. Refuses what no rule can run on, naming the culprit.
import type { SelectionInput } from './types'

export class SelectionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SelectionError'
  }
}

export interface Prepared {
  ids: string[]
  cost: number[]
  /** The greedy tally: `votes` where given, else the number of approving ballots. */
  votes: number[]
  /** Per project, the indices of the ballots that approve it, ascending. */
  approvers: Int32Array[]
  /** Number of ballots (voters), empty ones included. */
  voters: number
  budget: number
}

const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x)

export function prepare(input: SelectionInput): Prepared {
  const { projects, ballots, budget } = input
  if (!isWhole(budget) || budget < 0) {
    throw new SelectionError(`the budget must be a whole number of currency units (got ${budget})`)
  }
  const index = new Map<string, number>()
  projects.forEach((p, i) => {
    if (typeof p.id !== 'string' || p.id === '') {
      throw new SelectionError(`project number ${i + 1} has no id`)
    }
    if (index.has(p.id)) throw new SelectionError(`project "${p.id}" is listed twice`)
    if (!isWhole(p.cost) || p.cost <= 0) {
      throw new SelectionError(
        `project "${p.id}": the cost must be a whole number of currency units above zero (got ${p.cost})`,
      )
    }
    if (p.votes !== undefined && (!isWhole(p.votes) || p.votes < 0)) {
      throw new SelectionError(
        `project "${p.id}": votes must be a whole number, zero or more (got ${p.votes})`,
      )
    }
    index.set(p.id, i)
  })
  const lists: number[][] = projects.map(() => [])
  ballots.forEach((ballot, voter) => {
    const seen = new Set<string>()
    for (const id of ballot) {
      const project = index.get(id)
      if (project === undefined) {
        throw new SelectionError(`ballot number ${voter + 1} approves an unknown project "${id}"`)
      }
      if (seen.has(id)) {
        throw new SelectionError(`ballot number ${voter + 1} approves "${id}" twice`)
      }
      seen.add(id)
      lists[project]!.push(voter)
    }
  })
  return {
    ids: projects.map((p) => p.id),
    cost: projects.map((p) => p.cost),
    votes: projects.map((p, i) => p.votes ?? lists[i]!.length),
    approvers: lists.map((l) => Int32Array.from(l)),
    voters: ballots.length,
    budget,
  }
}

/** Text order by code units, the last resort of every tie-break (as pabutools compares ids). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
