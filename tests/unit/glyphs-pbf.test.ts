// The committed offline glyphs (public/glyphs, made by scripts/build-glyphs.ts) decode the way
// MapLibre decodes them and hold every letter of the Kazakh alphabet beyond Russian's.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PbfReader } from 'pbf'
import { describe, expect, it } from 'vitest'

interface Glyph {
  id: number
  bitmap: Uint8Array
  width: number
  height: number
  left: number
  top: number
  advance: number
}

/** MapLibre's reader (glyphs → stacks → glyphs), with the stack's name and range kept. */
function decode(bytes: Uint8Array): { name: string; range: string; glyphs: Glyph[] }[] {
  return new PbfReader(bytes).readFields(
    (tag, stacks: { name: string; range: string; glyphs: Glyph[] }[], pbf) => {
      if (tag !== 1) return
      const stack = { name: '', range: '', glyphs: [] as Glyph[] }
      pbf.readMessage((t, s, p) => {
        if (t === 1) s.name = p.readString()
        else if (t === 2) s.range = p.readString()
        else if (t === 3) {
          const glyph: Glyph = {
            id: 0,
            bitmap: new Uint8Array(0),
            width: 0,
            height: 0,
            left: 0,
            top: 0,
            advance: 0,
          }
          s.glyphs.push(
            p.readMessage((f, g, q) => {
              if (f === 1) g.id = q.readVarint()
              else if (f === 2) g.bitmap = q.readBytes()
              else if (f === 3) g.width = q.readVarint()
              else if (f === 4) g.height = q.readVarint()
              else if (f === 5) g.left = q.readSVarint()
              else if (f === 6) g.top = q.readSVarint()
              else if (f === 7) g.advance = q.readVarint()
            }, glyph),
          )
        }
      }, stack)
      stacks.push(stack)
    },
    [],
  )
}

function glyphFile(stack: string, range: string): Uint8Array {
  return readFileSync(
    fileURLToPath(new URL(`../../public/glyphs/${stack}/${range}.pbf`, import.meta.url)),
  )
}

const KAZAKH = 'ӘҒҚҢӨҰҮҺІәғқңөұүһі'
/** MapLibre's glyph border: bitmaps are (width + 6) × (height + 6). */
const BORDER = 3

describe('offline glyphs', () => {
  it.each(['Noto Sans Regular', 'Noto Sans Bold'])(
    '%s has every Kazakh letter with a drawn bitmap',
    (stack) => {
      const [decoded, ...rest] = decode(glyphFile(stack, '1024-1279'))
      expect(rest).toEqual([])
      expect(decoded).toMatchObject({ name: stack, range: '1024-1279' })
      const byId = new Map(decoded!.glyphs.map((g) => [g.id, g]))
      for (const letter of KAZAKH) {
        const glyph = byId.get(letter.codePointAt(0)!)
        expect(glyph, letter).toBeDefined()
        const { bitmap, width, height, advance } = glyph!
        expect(width * height, letter).toBeGreaterThan(0)
        expect(advance, letter).toBeGreaterThan(0)
        expect(bitmap.length, letter).toBe((width + 2 * BORDER) * (height + 2 * BORDER))
        // Ink: some pixels past the SDF edge value (192 of 255) inside the glyph.
        expect(bitmap.some((v) => v >= 192)).toBe(true)
      }
    },
  )

  it('has the tenge sign and Latin letters', () => {
    const [punctuation] = decode(glyphFile('Noto Sans Regular', '8192-8447'))
    const tenge = punctuation!.glyphs.find((g) => g.id === 0x20b8)
    expect(tenge?.width).toBeGreaterThan(0)
    const [latin] = decode(glyphFile('Noto Sans Bold', '0-255'))
    const ids = new Set(latin!.glyphs.map((g) => g.id))
    for (const c of 'Almaty Astana 0123456789') expect(ids.has(c.codePointAt(0)!)).toBe(true)
  })
})
