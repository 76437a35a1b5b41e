// Turns a Pabulib instance (src/pabulib/parse.ts) into the rules' input. Only approval ballots
// (and choose-1, an approval ballot of one project) can be; costs and the budget must be whole
// currency units. Votes are counted from the ballots, not taken from the PROJECTS votes column.
import type { PabulibInstance } from '../pabulib/types'
import { SelectionError } from './prepare'
import type { SelectionInput } from './types'

export function selectionInputFromPabulib(pb: PabulibInstance): SelectionInput {
  if (pb.voteType !== 'approval' && pb.voteType !== 'choose-1') {
    throw new SelectionError(
      `vote_type ${pb.voteType} is not supported: the rules need approval ballots`,
    )
  }
  if (!Number.isSafeInteger(pb.budget)) {
    throw new SelectionError(`the budget ${pb.budget} is not a whole number of currency units`)
  }
  for (const p of pb.projects) {
    if (!Number.isSafeInteger(p.cost) || p.cost <= 0) {
      throw new SelectionError(
        `project ${p.id}: the cost ${p.fields.cost} is not a whole number of currency units above zero`,
      )
    }
  }
  return {
    projects: pb.projects.map((p) => ({ id: p.id, cost: p.cost })),
    ballots: pb.votes.map((v) => v.vote),
    budget: pb.budget,
  }
}
