// The people every attack is tried as. Each attack suite builds one cast per test file (fresh ids,
// no shared state) and tries its attack as each attacker, through the API and on the tables.
import type { Claims } from '../../src/embedded/postgrest-call'
import type { TestDatabase } from '../support/database'
import { anon, createPerson, type Person } from '../support/fixtures'

/** The district the attacks aim at, and a district of the same city that is not theirs. */
export const HOME = 'almaty-medeu'
export const FOREIGN = 'almaty-almaly'

export interface Cast {
  anon: { id: null; claims: Claims }
  /** A verified resident of HOME. */
  citizen: Person
  /** Another verified resident of HOME: the victim of attacks between citizens. */
  neighbour: Person
  /** An official of FOREIGN, acting on HOME's records. */
  foreignOfficial: Person
  /** A city-wide expert of Almaty. */
  expert: Person
  /** Almaty's city admin: trusted with the city, not with rewriting its history. */
  admin: Person
  /** The legitimate official of HOME, for setting up what the attackers then attack. */
  official: Person
}

/** The attackers, by the name tests print. */
export const ATTACKERS = ['anon', 'citizen', 'foreignOfficial', 'expert', 'admin'] as const
export type Attacker = (typeof ATTACKERS)[number]

export async function createCast(db: TestDatabase): Promise<Cast> {
  return {
    anon: { id: null, claims: anon },
    citizen: await createPerson(db, { home: HOME }),
    neighbour: await createPerson(db, { home: HOME }),
    foreignOfficial: await createPerson(db, { role: 'official', district: FOREIGN }),
    expert: await createPerson(db, { role: 'expert' }),
    admin: await createPerson(db, { role: 'admin' }),
    official: await createPerson(db, { role: 'official', district: HOME }),
  }
}

/** The claims of one attacker. */
export const claimsOf = (cast: Cast, who: Attacker): Claims => cast[who].claims

/** Runs `attempt` and returns how it was refused, or null when it went through. */
export async function refusal(attempt: Promise<unknown>): Promise<string | null> {
  try {
    await attempt
    return null
  } catch (e) {
    const err = e as { key?: string; code?: string; message?: string }
    return err.key || err.code || err.message || 'refused'
  }
}
