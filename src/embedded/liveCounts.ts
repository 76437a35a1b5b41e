// Watches the public vote counts with a PGlite live query, so that what shows counts reloads when
// any vote is cast or withdrawn in this database — also by another demo account in the same tab.
// Used by the database worker while the app listens (Transport.onCountsChange). The extension
// adds a statement trigger to public.proposal_tallies (and its function, in public) on first use
// and never removes it: only in this browser's database, never on Supabase.
import type { LiveNamespace } from '@electric-sql/pglite/live'

/**
 * One row summing up every tally, as text: the live extension runs it again after each write to
 * public.proposal_tallies, and one aggregate stays cheap at 100,000 proposals where watching the
 * rows would copy them all. The checksum weights each proposal's votes by a hash of its id, so a
 * vote moved from one proposal to another changes it while the count and total stay the same.
 */
export const COUNTS_QUERY = `
select concat_ws(':',
         count(*),
         coalesce(sum(t.online_votes + t.paper_votes), 0),
         coalesce(sum(pg_catalog.uuid_hash(t.proposal_id)::bigint
                      * (t.online_votes + t.paper_votes)), 0)) as counts
from public.proposal_tallies t`

/**
 * Calls `onChange` whenever the counts differ from the last ones seen; never for the counts found
 * on starting. Resolves, once the query is live, to the function that stops it.
 */
export async function watchCounts(
  live: LiveNamespace,
  onChange: () => void,
): Promise<() => Promise<void>> {
  let last: string | undefined
  const query = await live.query<{ counts: string }>(COUNTS_QUERY, null, (results) => {
    const counts = results.rows[0]?.counts
    // The extension calls back with the initial result too (last is still unset then), and
    // again after writes that left the counts as they were.
    if (last !== undefined && counts !== last) onChange()
    last = counts
  })
  return () => query.unsubscribe()
}
