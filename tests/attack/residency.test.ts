// Attacks on residency: a declared home district, one person behind many accounts, verifying
// oneself or in a foreign district, reading the person keys or the secret, and writing
// verifications and roll entries straight into the tables. Each as every attacker of the cast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Profile } from '../../src/api/types'
import { normalizeIin } from '../../src/features/residency/iin'
import { ISOLATION_LEVELS, openTestDatabase, type TestDatabase } from '../support/database'
import {
  createCycle,
  createPerson,
  createProposal,
  failure,
  randomIin,
  setPhase,
  type Person,
} from '../support/fixtures'
import { ATTACKERS, FOREIGN, HOME, claimsOf, createCast, refusal, type Cast } from './cast'

let db: TestDatabase
let cast: Cast
let astanaAdmin: Person
beforeAll(async () => {
  db = await openTestDatabase()
  cast = await createCast(db)
  astanaAdmin = await createPerson(db, { role: 'admin', city: 'astana' })
})
afterAll(() => db.close())

/** Puts ИИНs into Almaty's register as its admin; returns them. */
async function register(district: string, n = 1): Promise<string[]> {
  const iins = Array.from({ length: n }, () => randomIin())
  await db.call(cast.admin.claims, 'import_register', {
    p_city_id: 'almaty',
    p_rows: iins.map((iin) => ({ iin, district_id: district })),
  })
  return iins
}

const claim = (who: Person, iin: string) =>
  db.call<Profile>(who.claims, 'verify_residency_by_register', { p_iin: iin })

async function ballotIn(district: string, phase: 'voting' | 'review' = 'voting') {
  const cycle = await createCycle(db, { phase, votesPerVoter: 3 })
  const author = await createPerson(db)
  const proposal = await createProposal(db, { cycle, author, district, status: 'on_ballot' })
  return { cycle, proposal }
}

describe('a home district is a wish until verified', () => {
  it('lets nobody vote in another district by changing their profile between votes', async () => {
    const home = await ballotIn(HOME)
    const foreign = await createProposal(db, {
      cycle: home.cycle,
      author: cast.neighbour,
      district: FOREIGN,
      status: 'on_ballot',
    })
    const voter = await createPerson(db, { home: HOME })
    expect(
      (await db.call(voter.claims, 'cast_vote', { p_proposal_id: home.proposal })) as object,
    ).toMatchObject({ votes_used: 1 })
    await db.call(voter.claims, 'update_profile', {
      p_display_name: 'Mover',
      p_home_district_id: FOREIGN,
      p_language: 'ru',
    })
    expect(
      (await failure(db.call(voter.claims, 'cast_vote', { p_proposal_id: foreign }))).key,
    ).toBe('not_resident')
    // Written straight into the table, the vote meets the same guard.
    const direct = await failure(
      db.as(voter.claims, `insert into public.votes (proposal_id) values ($1)`, [foreign]),
    )
    expect(direct.message).toBe('not_resident')
    const profile = await db.call<Profile>(voter.claims, 'my_profile')
    expect(profile.home_district_id).toBe(FOREIGN)
    expect(profile.residency).toMatchObject({ district_id: HOME, method: 'demo' })
  })

  it('refuses every unverified attacker’s vote, through the API and on the table', async () => {
    const { proposal } = await ballotIn(HOME)
    for (const who of ATTACKERS) {
      if (who === 'citizen') continue
      const api = await refusal(
        db.call(claimsOf(cast, who), 'cast_vote', { p_proposal_id: proposal }),
      )
      expect(api, who).toBe(who === 'anon' ? 'forbidden' : 'residency_not_verified')
      const direct = await failure(
        db.as(claimsOf(cast, who), `insert into public.votes (proposal_id) values ($1)`, [
          proposal,
        ]),
      )
      // anon holds no privilege on votes at all; signed-in attackers meet the roll's rule.
      expect(direct.message, who).toMatch(
        who === 'anon' ? /permission denied/ : /residency_not_verified/,
      )
    }
    const [row] = await db.sql<{ n: number }>(
      `select count(*)::int n from public.votes where proposal_id = $1`,
      [proposal],
    )
    expect(row!.n).toBe(0)
  })
})

describe('one person (ИИН), one voter', () => {
  it('refuses a second account claiming an ИИН that backs another, and an invalid ИИН', async () => {
    const [iin] = await register(HOME)
    const first = await createPerson(db)
    const second = await createPerson(db)
    expect((await claim(first, iin!)).residency).toMatchObject({
      district_id: HOME,
      method: 'register',
      verifier_role: null,
    })
    expect((await failure(claim(second, iin!))).key).toBe('iin_taken')
    expect(
      (await failure(claim(second, `${iin!.slice(0, 11)}${(Number(iin![11]) + 1) % 10}`))).key,
    ).toBe('iin_invalid')
    expect((await failure(claim(second, '12345'))).key).toBe('iin_invalid')
    expect((await failure(claim(second, randomIin()))).key).toBe('not_in_register')
    // The first account cannot take on a second person either.
    const [other] = await register(HOME)
    expect((await failure(claim(first, other!))).key).toBe('account_has_other_iin')
  })

  it('lets two accounts racing for one ИИН never both hold it, at every isolation level', async () => {
    for (const isolation of ISOLATION_LEVELS) {
      const [iin] = await register(HOME)
      const people = await Promise.all([1, 2, 3, 4].map(() => createPerson(db)))
      const results = await Promise.allSettled(
        people.map((p) =>
          db.as(p.claims, `select api.verify_residency_by_register($1)`, [iin], { isolation }),
        ),
      )
      const won = results.filter((r) => r.status === 'fulfilled')
      expect(won.length, isolation).toBeLessThanOrEqual(1)
      const [row] = await db.sql<{ n: number }>(
        `select count(*)::int n from app_private.residents r
         where r.account_id = any($1::uuid[])`,
        [people.map((p) => p.id)],
      )
      expect(row!.n, isolation).toBe(won.length)
    }
  })

  it('keeps a person who moves their ИИН to another account during voting to one set of votes', async () => {
    const [iin] = await register(HOME)
    const first = await createPerson(db)
    await claim(first, iin!)
    const { cycle, proposal } = await ballotIn(HOME, 'review')
    const second = await createProposal(db, {
      cycle,
      author: cast.neighbour,
      district: HOME,
      status: 'on_ballot',
    })
    await setPhase(db, cycle, 'voting')
    await db.call(first.claims, 'cast_vote', { p_proposal_id: proposal })
    await db.call(first.claims, 'revoke_residency', { p_account: null })
    const other = await createPerson(db)
    await claim(other, iin!)
    expect((await failure(db.call(other.claims, 'cast_vote', { p_proposal_id: second }))).key).toBe(
      'not_on_roll',
    )
    // The frozen roll still holds the first account: a revocation applies to later cycles.
    expect(
      (await db.call(first.claims, 'cast_vote', { p_proposal_id: second })) as object,
    ).toMatchObject({ votes_used: 2 })
  })
})

describe('verifying residency', () => {
  it('lets the district’s official verify a person in person, and nobody else', async () => {
    const person = await createPerson(db)
    const iin = randomIin()
    const code = ((await db.call<Profile>(person.claims, 'my_profile')) as Profile).account_code
    expect(code).toMatch(/^[0-9A-F]{10}$/)
    const attempt = (who: Person | Cast['anon'], district = HOME) =>
      db.call(who.claims, 'verify_resident', {
        p_account: code,
        p_iin: iin,
        p_district_id: district,
      })
    for (const who of ATTACKERS) {
      const key = await refusal(attempt(cast[who]))
      expect(key, who).toMatch(/^(forbidden|42501|not_allowed_for_role)$/)
    }
    expect(await refusal(attempt(astanaAdmin))).toBe('not_allowed_for_role')
    // The foreign official in their own district, for a person of ours: allowed there only.
    expect(await refusal(attempt(cast.foreignOfficial, HOME))).toBe('not_allowed_for_role')
    expect(await attempt(cast.official)).toMatchObject({
      account_code: code,
      district_id: HOME,
      method: 'in_person',
    })
    const profile = await db.call<Profile>(person.claims, 'my_profile')
    expect(profile.residency).toMatchObject({
      district_id: HOME,
      method: 'in_person',
      verifier_role: 'official',
    })
  })

  it('refuses an official verifying themselves, an unknown account or district', async () => {
    const self = await db.call<Profile>(cast.official.claims, 'my_profile')
    const call = (account: string, district = HOME) =>
      db.call(cast.official.claims, 'verify_resident', {
        p_account: account,
        p_iin: randomIin(),
        p_district_id: district,
      })
    expect((await failure(call(self.account_code))).key).toBe('cannot_verify_self')
    expect((await failure(call('0000000000'))).key).toBe('not_found')
    expect((await failure(call(cast.citizen.id, 'nowhere'))).key).toBe('not_found')
  })

  it('moves an ИИН to the account its owner shows in person, on the record', async () => {
    const [iin] = await register(HOME)
    const squatter = await createPerson(db)
    await claim(squatter, iin!)
    const owner = await createPerson(db)
    await db.call(cast.official.claims, 'verify_resident', {
      p_account: owner.id,
      p_iin: iin,
      p_district_id: HOME,
    })
    expect((await db.call<Profile>(squatter.claims, 'my_profile')).residency).toBeNull()
    expect((await db.call<Profile>(owner.claims, 'my_profile')).residency).toMatchObject({
      method: 'in_person',
    })
    const entries = await db.as<{ method: string; revokes: string | null }>(
      squatter.claims,
      `select method, revokes from public.residency_verifications order by created_at`,
    )
    expect(entries.map((e) => [e.method, e.revokes !== null])).toEqual([
      ['register', false],
      ['register', true],
    ])
  })

  it('lets only a city’s admin import its register', async () => {
    const rows = [{ iin: randomIin(), district_id: HOME }]
    for (const who of ATTACKERS) {
      if (who === 'admin') continue
      const key = await refusal(
        db.call(claimsOf(cast, who), 'import_register', { p_city_id: 'almaty', p_rows: rows }),
      )
      expect(key, who).toMatch(/^(forbidden|42501|not_allowed_for_role)$/)
    }
    expect(
      await refusal(
        db.call(astanaAdmin.claims, 'import_register', { p_city_id: 'almaty', p_rows: rows }),
      ),
    ).toBe('not_allowed_for_role')
    expect(
      await refusal(
        db.call(astanaAdmin.claims, 'import_register', { p_city_id: 'astana', p_rows: rows }),
      ),
    ).toBe('district_not_in_city')
    // All or nothing: one bad ИИН refuses the whole import.
    const person = await createPerson(db)
    const good = randomIin()
    const bad = await failure(
      db.call(cast.admin.claims, 'import_register', {
        p_city_id: 'almaty',
        p_rows: [
          { iin: good, district_id: HOME },
          { iin: '123456789012', district_id: HOME },
        ],
      }),
    )
    expect(bad.key).toBe('iin_invalid')
    expect((await failure(claim(person, good))).key).toBe('not_in_register')
    expect(
      await db.call(cast.admin.claims, 'import_register', {
        p_city_id: 'almaty',
        p_rows: [{ iin: good, district_id: HOME }],
      }),
    ).toEqual({ imported: 1 })
  })
})

describe('the keys and the secret stay in the database', () => {
  it('keeps the ИИН out of storage: only keyed hashes, unreadable to every attacker', async () => {
    const [iin] = await register(HOME)
    const person = await createPerson(db)
    await claim(person, iin!)
    const stored = await db.sql<{ hit: boolean }>(
      `select exists (select 1 from public.residency_verifications v
                      where encode(v.person_key, 'escape') like '%' || $1 || '%'
                         or encode(v.person_key, 'hex') like '%' || $1 || '%') as hit`,
      [iin],
    )
    expect(stored[0]!.hit).toBe(false)
    const readers = [
      `select person_key from public.residency_verifications`,
      `select verifier_id from public.residency_verifications`,
      `select person_key from public.voter_rolls`,
      `select * from app_private.deployment_secrets`,
      `select * from app_private.residents`,
      `select * from app_private.resident_register`,
      `select app_private.keyed_hash('iin:${iin}')`,
      `select app_private.person_key('${iin}')`,
      `select app_private.hmac_sha256('\\x00'::bytea, '\\x00'::bytea)`,
    ]
    for (const who of [...ATTACKERS, 'person'] as const) {
      const claims = who === 'person' ? person.claims : claimsOf(cast, who)
      for (const sql of readers) {
        expect((await failure(db.as(claims, sql))).code, `${who}: ${sql}`).toBe('42501')
      }
    }
    // What a person may read of their own record: no key, no verifier.
    const own = await db.as(
      person.claims,
      `select id, district_id, method, verifier_role from public.residency_verifications`,
    )
    expect(own).toHaveLength(1)
    expect(
      await db.as(
        cast.citizen.claims,
        `select id from public.residency_verifications
                                        where account_id = $1`,
        [person.id],
      ),
    ).toEqual([])
  })

  it('checks the ИИН exactly as the app does (one algorithm, two places)', async () => {
    const samples = Array.from({ length: 400 }, (_, i) =>
      i % 4 === 0 ? randomIin() : String(Math.floor(Math.random() * 1e12)).padStart(12, '0'),
    )
    samples.push('000000000101', '90010130001', ' 900101 300017 ', '90010130001x', '')
    const rows = await db.sql<{ iin: string; valid: string | null }>(
      `select x as iin, app_private.normalized_iin(x) as valid from unnest($1::text[]) x`,
      [samples],
    )
    for (const r of rows) expect(r.valid, r.iin).toBe(normalizeIin(r.iin))
    expect(rows.filter((r) => r.valid !== null).length).toBeGreaterThan(100)
  })

  it('computes the person key as HMAC-SHA256 (RFC 4231 test case 2)', async () => {
    const [row] = await db.sql<{ mac: string }>(
      `select encode(app_private.hmac_sha256(convert_to('Jefe', 'UTF8'),
         convert_to('what do ya want for nothing?', 'UTF8')), 'hex') as mac`,
    )
    expect(row!.mac).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
  })
})

describe('verifications and the roll are written by the database only', () => {
  it('refuses every attacker writing verifications directly', async () => {
    for (const who of ATTACKERS) {
      const claims = claimsOf(cast, who)
      const insert = await failure(
        db.as(
          claims,
          `insert into public.residency_verifications (account_id, person_key, district_id, method)
           values ($1, sha256('x'), $2, 'in_person')`,
          [cast.citizen.id, FOREIGN],
        ),
      )
      expect(insert.code, who).toBe('42501')
      for (const sql of [
        `update public.residency_verifications set district_id = '${FOREIGN}'`,
        `delete from public.residency_verifications`,
        `truncate public.residency_verifications cascade`,
      ]) {
        expect((await failure(db.as(claims, sql))).code, `${who}: ${sql}`).toBe('42501')
      }
    }
    expect(
      (
        await failure(
          db.sql(`update public.residency_verifications set district_id = $1`, [FOREIGN]),
        )
      ).message,
    ).toBe('history_is_append_only')
    expect((await failure(db.sql(`truncate public.residency_verifications cascade`))).message).toBe(
      'history_is_append_only',
    )
  })

  it('refuses every attacker writing the roll, and freezes it for the owner too', async () => {
    const { cycle } = await ballotIn(HOME)
    for (const who of ATTACKERS) {
      const claims = claimsOf(cast, who)
      for (const sql of [
        `insert into public.voter_rolls (cycle_id, account_id, person_key, district_id, verification_id)
         select cycle_id, '${cast[who].id ?? cast.citizen.id}', sha256('y'), district_id, verification_id
         from public.voter_rolls limit 1`,
        `update public.voter_rolls set votes_used = 0`,
        `update public.voter_rolls set district_id = '${FOREIGN}'`,
        `delete from public.voter_rolls`,
        `truncate public.voter_rolls cascade`,
      ]) {
        expect((await failure(db.as(claims, sql))).code, `${who}: ${sql}`).toBe('42501')
      }
    }
    // A voter reads their own entry (not its key), nobody else's.
    const mine = await db.as<{ district_id: string; votes_used: number }>(
      cast.citizen.claims,
      `select district_id, votes_used from public.voter_rolls where cycle_id = $1`,
      [cycle],
    )
    expect(mine).toEqual([{ district_id: HOME, votes_used: 0 }])
    expect(
      await db.as(
        cast.neighbour.claims,
        `select 1 from public.voter_rolls where cycle_id = $1 and account_id = $2`,
        [cycle, cast.citizen.id],
      ),
    ).toEqual([])
    expect((await failure(db.sql(`truncate public.voter_rolls cascade`))).message).toBe(
      'history_is_append_only',
    )
    const owner = (sql: string) => failure(db.sql(sql, [cycle, cast.citizen.id]))
    expect(
      (
        await owner(`update public.voter_rolls set district_id = '${FOREIGN}'
                    where cycle_id = $1 and account_id = $2`)
      ).message,
    ).toBe('roll_is_frozen')
    expect(
      (await owner(`delete from public.voter_rolls where cycle_id = $1 and account_id = $2`))
        .message,
    ).toBe('history_is_append_only')
    await setPhase(db, cycle, 'selection')
    const late = await createPerson(db, { home: HOME, unverified: true })
    expect(
      (
        await failure(
          db.sql(
            `insert into public.voter_rolls (cycle_id, account_id, person_key, district_id, verification_id)
             select $1, $2, sha256('late'), district_id, verification_id from public.voter_rolls
             where cycle_id = $1 limit 1`,
            [cycle, late.id],
          ),
        )
      ).message,
    ).toBe('roll_is_frozen')
  })
})
