import { fileURLToPath } from 'node:url'
import { ensureSnapshot } from './snapshot'

await ensureSnapshot(fileURLToPath(new URL('..', import.meta.url)))
