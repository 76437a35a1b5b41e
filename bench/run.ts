// `npm run bench`: prints every benchmark figure. Targets are stated next to the figures, never
// asserted by unit tests. `npm run bench -- --only=map` (or `--only=start`, `--only=pb`) runs one
// section.
import { fileURLToPath } from 'node:url'
import { browserStart, nodeStart, type Figure } from './embedded-start'
import { mapRender, mapReport } from './map-render'
import { pbSelect } from './pb-select'

const root = fileURLToPath(new URL('..', import.meta.url))
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)

function print(title: string, figures: Figure[]) {
  console.log(`\n${title}`)
  for (const f of figures)
    console.log(`  ${f.name.padEnd(58)} ${(f.ms / 1000).toFixed(2).padStart(7)} s`)
}

if (!only || only === 'start') {
  const node = await nodeStart(root)
  print('Embedded database start (Node)', node)
  const browser = await browserStart()
  print('Embedded database start (headless Chromium, app served by vite preview)', browser)
  const bare = node[0]!.ms
  console.log(
    `\n  cold start in the browser / bare PGlite+PostGIS boot in Node: ${(browser[0]!.ms / bare).toFixed(2)}×`,
  )
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
