// `npm run bench`: prints every benchmark figure. Targets are stated next to the figures, never
// asserted by unit tests.
import { fileURLToPath } from 'node:url'
import { browserStart, nodeStart, type Figure } from './embedded-start'

const root = fileURLToPath(new URL('..', import.meta.url))

function print(title: string, figures: Figure[]) {
  console.log(`\n${title}`)
  for (const f of figures)
    console.log(`  ${f.name.padEnd(58)} ${(f.ms / 1000).toFixed(2).padStart(7)} s`)
}

const node = await nodeStart(root)
print('Embedded database start (Node)', node)
const browser = await browserStart()
print('Embedded database start (headless Chromium, app served by vite preview)', browser)
const bare = node[0]!.ms
console.log(
  `\n  cold start in the browser / bare PGlite+PostGIS boot in Node: ${(browser[0]!.ms / bare).toFixed(2)}×`,
)
