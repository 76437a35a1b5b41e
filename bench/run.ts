// `npm run bench`: prints every benchmark figure. Targets are stated next to the figures, never
// asserted by unit tests. `npm run bench -- --only=SECTION` runs one section: start, map, pb,
// bundle, memory or api (these two on the generated data set, `--proposals=N --votes=N`).
import { fileURLToPath } from 'node:url'
import { apiReport } from './api-report'
import { bundleFirstLoad, bundleReport } from './bundle'
import { browserStart, nodeStart, startReport, type Figure } from './embedded-start'
import { mapRender, mapReport } from './map-render'
import { memoryBench, memoryReport } from './memory'
import { pbSelect } from './pb-select'
import { generatedSnapshot } from '../scripts/generate'
import { GENERATED_CYCLE } from '../scripts/generate/volume'

const root = fileURLToPath(new URL('..', import.meta.url))
/** `--name=value` from the command line. */
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const only = arg('only')
/** The data set of the API and memory sections (npm run generate). */
const volume = {
  proposals: Number(arg('proposals') ?? 100_000),
  votes: Number(arg('votes') ?? 1_000_000),
  seed: 1,
}

function print(title: string, figures: Figure[]) {
  console.log(`\n${title}`)
  for (const f of figures)
    console.log(`  ${f.name.padEnd(58)} ${(f.ms / 1000).toFixed(2).padStart(7)} s`)
}

if (!only || only === 'start') {
  const node = await nodeStart(root)
  print('Embedded database start (Node)', node)
  console.log(
    '\nEmbedded database start in headless Chromium: navigation → database ready, the app against' +
      '\n  a bare PGlite + PostGIS page (bench/start/), both served by vite preview, alternating',
  )
  for (const line of startReport(await browserStart(root))) console.log(line)
}

if (!only || only === 'map') {
  console.log(
    '\nMap: proposals drawn, zoom in by 3 levels and back, JS heap after GC (page + workers);' +
      '\n  headless Chromium (SwiftShader WebGL), 1280×800, a fresh context per load, no animations',
  )
  const results = await mapRender(root, { log: (line) => console.log(line) })
  for (const line of mapReport(results)) console.log(line)
}

if (!only || only === 'pb') {
  console.log(
    '\nWinner selection on tests/fixtures/pabulib, seconds per file and rule (median of 3, in process),' +
      '\n  the whole `npm run pb` command for mes, and MES runs of the add-one completion against' +
      "\n  the units it raised each voter's share by (one run per unit without the range proofs)",
  )
  pbSelect(root, (line) => console.log(line))
}

if (!only || only === 'bundle') {
  console.log(
    '\nFirst-load JavaScript, gzipped per file: the app in Supabase mode (dummy project address)' +
      '\n  against react + maplibre-gl alone; headless Chromium, a fresh context, every JS response' +
      '\n  (workers and start-up dynamic imports included) until the map has rendered and the' +
      '\n  network is quiet',
  )
  for (const line of bundleReport(await bundleFirstLoad(root))) console.log(line)
}

if (!only || only === 'memory') {
  console.log(
    "\nTab memory: PSS (/proc/<pid>/smaps_rollup) of the tab's renderer process in a fresh headless" +
      "\n  Chromium, its dedicated workers included (PGlite's WebAssembly memory and files), after a GC" +
      '\n  in the page and every worker; the app at 1280×800 once the map shows the proposals. Supabase' +
      '\n  mode runs against a local stand-in API (bench/supabase-standin.ts) on the same data',
  )
  const snapshot = await generatedSnapshot(volume, undefined, (line) => console.log(line))
  const memory = await memoryBench(root, snapshot, GENERATED_CYCLE, {
    log: (line) => console.log(line),
  })
  for (const line of memoryReport(memory)) console.log(line)
}

if (!only || only === 'api') {
  console.log(
    `\nThe API at ${volume.proposals} proposals / ${volume.votes} votes (npm run generate):` +
      '\n  a citizen through RLS against the same call as the service role (RLS bypassed),' +
      '\n  median of 5 after a warm-up, in turn; vote casting through cast_vote as residents',
  )
  for (const line of await apiReport(root, volume, (l) => console.log(l))) console.log(line)
}
