import type { SqlSource } from './sql-sources'

interface Executor {
  exec(sql: string): Promise<unknown>
}

/** Applies SQL files in order, naming the file that failed. */
export async function applySources(
  db: Executor,
  sources: SqlSource[],
  onFile?: (index: number, total: number) => void,
): Promise<void> {
  for (const [i, source] of sources.entries()) {
    try {
      await db.exec(source.sql)
    } catch (e) {
      throw new Error(`${source.name}: ${(e as Error).message}`, { cause: e })
    }
    onFile?.(i + 1, sources.length)
  }
}
