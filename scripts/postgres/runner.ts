// A SqlRunner (the interface `callApi` runs on) over a node-postgres pool: each transaction on
// one pooled connection, so concurrent calls really run concurrently.
import type pg from 'pg'
import type { SqlRunner, SqlSession } from '../../src/embedded/postgrest-call'

export function poolRunner(pool: pg.Pool): SqlRunner {
  return {
    query: async <T>(text: string, params?: unknown[]) => ({
      rows: (await pool.query(text, params)).rows as T[],
    }),
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('begin')
        const session: SqlSession = {
          query: async <T>(text: string, params?: unknown[]) => ({
            rows: (await client.query(text, params)).rows as T[],
          }),
        }
        const result = await fn(session)
        await client.query('commit')
        return result
      } catch (e) {
        await client.query('rollback')
        throw e
      } finally {
        client.release()
      }
    },
  }
}
