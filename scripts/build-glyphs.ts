// Builds the map's offline glyphs: SDF glyph PBFs (the format MapLibre fetches from a style's
// `glyphs` URL) for Noto Sans Regular and Bold, covering Latin, Cyrillic with the Kazakh letters
// (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and general punctuation with the tenge sign (₸).
//
//   npx tsx scripts/build-glyphs.ts   →   public/glyphs/<fontstack>/<start>-<end>.pbf
//
// Glyphs are drawn with @napi-rs/canvas (Skia) and turned into signed distance fields by
// @mapbox/tiny-sdf, with the same settings as MapLibre's own glyphs: 24 px, a 3 px border,
// radius 8, cutoff 0.25. Only code points the font really has (its cmap) are written, so a
// missing character falls back to MapLibre's local rendering instead of an empty box.
// Deterministic: the same fonts give byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import TinySDF from '@mapbox/tiny-sdf'
import { PbfWriter } from 'pbf'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FONTS = join(ROOT, 'node_modules/@expo-google-fonts/noto-sans')

/** Font stacks as the style names them, and their TTF files. */
const FONT_STACKS = [
  { name: 'Noto Sans Regular', file: '400Regular/NotoSans_400Regular.ttf' },
  { name: 'Noto Sans Bold', file: '700Bold/NotoSans_700Bold.ttf' },
] as const

/** First code points of the 256-wide ranges written (Latin-1, Latin Ext-A, Cyrillic, punctuation). */
const RANGE_STARTS = [0, 256, 1024, 8192] as const

const FONT_SIZE = 24
const BUFFER = 3
/**
 * MapLibre places a glyph `top` pixels relative to an origin above the em box; server glyphs
 * (node-fontnik) store the bitmap top minus the font's ascender. Noto Sans' ascender is
 * 1069/1000 em, 26 px at 24 px.
 */
const ASCENDER = Math.round((1069 / 1000) * FONT_SIZE)

interface Glyph {
  id: number
  bitmap: Uint8Array
  width: number
  height: number
  left: number
  top: number
  advance: number
}

/** Code points the font maps to a glyph, from its cmap (format 4 or 12 subtable). */
function fontCodePoints(ttf: Uint8Array): Set<number> {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength)
  const tables = view.getUint16(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16
    const tag = String.fromCharCode(...ttf.subarray(record, record + 4))
    if (tag === 'cmap') cmap = view.getUint32(record + 8)
  }
  if (cmap < 0) throw new Error('font has no cmap table')
  const subtables: { format: number; offset: number }[] = []
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8
    const platform = view.getUint16(record)
    const encoding = view.getUint16(record + 2)
    if (platform === 3 && (encoding === 1 || encoding === 10)) {
      const offset = cmap + view.getUint32(record + 4)
      subtables.push({ format: view.getUint16(offset), offset })
    }
  }
  const points = new Set<number>()
  const table = subtables.find((t) => t.format === 12) ?? subtables.find((t) => t.format === 4)
  if (!table) throw new Error('font has no Unicode cmap subtable')
  const { offset } = table
  if (table.format === 12) {
    const groups = view.getUint32(offset + 12)
    for (let g = 0; g < groups; g++) {
      const at = offset + 16 + g * 12
      const start = view.getUint32(at)
      const end = view.getUint32(at + 4)
      const glyph = view.getUint32(at + 8)
      for (let c = start; c <= end; c++) if (glyph + c - start !== 0) points.add(c)
    }
    return points
  }
  const segments = view.getUint16(offset + 6) / 2
  const ends = offset + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2)
    const start = view.getUint16(starts + s * 2)
    const delta = view.getInt16(deltas + s * 2)
    const rangeOffset = view.getUint16(rangeOffsets + s * 2)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2
        const raw = view.getUint16(at)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) points.add(c)
    }
  }
  return points
}

/** TinySDF draws on a DOM or offscreen canvas; in Node it draws on a Skia canvas instead. */
class NodeTinySDF extends TinySDF {
  _createCanvas(size: number) {
    return createCanvas(size, size)
  }
}

function drawGlyphs(family: string, codePoints: number[]): Glyph[] {
  const sdf = new NodeTinySDF({
    fontSize: FONT_SIZE,
    buffer: BUFFER,
    radius: 8,
    cutoff: 0.25,
    fontFamily: `"${family}"`,
  })
  return codePoints.map((id) => {
    const g = sdf.draw(String.fromCodePoint(id))
    const empty = g.glyphWidth === 0 || g.glyphHeight === 0
    return {
      id,
      // MapLibre expects (width + 2·border) × (height + 2·border) bytes, or none at all.
      bitmap: empty ? new Uint8Array(0) : new Uint8Array(g.data),
      width: empty ? 0 : g.glyphWidth,
      height: empty ? 0 : g.glyphHeight,
      left: g.glyphLeft,
      top: g.glyphTop - ASCENDER,
      advance: Math.round(g.glyphAdvance),
    }
  })
}

/** The glyphs protobuf: glyphs { stacks { name, range, glyphs { id, bitmap, width, … } } }. */
function encodeGlyphs(name: string, range: string, glyphs: readonly Glyph[]): Uint8Array {
  const pbf = new PbfWriter()
  pbf.writeMessage(
    1,
    (_: null, stack: PbfWriter) => {
      stack.writeStringField(1, name)
      stack.writeStringField(2, range)
      for (const glyph of glyphs) {
        stack.writeMessage(
          3,
          (g: Glyph, out: PbfWriter) => {
            out.writeVarintField(1, g.id)
            if (g.bitmap.length > 0) out.writeBytesField(2, g.bitmap)
            out.writeVarintField(3, g.width)
            out.writeVarintField(4, g.height)
            out.writeSVarintField(5, g.left)
            out.writeSVarintField(6, g.top)
            out.writeVarintField(7, g.advance)
          },
          glyph,
        )
      }
    },
    null,
  )
  return pbf.finish()
}

function main(): void {
  for (const stack of FONT_STACKS) {
    const path = join(FONTS, stack.file)
    // Registered under the stack's own name, so Skia cannot pick another weight or font.
    if (!GlobalFonts.registerFromPath(path, stack.name)) throw new Error(`cannot load ${path}`)
    const available = fontCodePoints(readFileSync(path))
    const dir = join(ROOT, 'public/glyphs', stack.name)
    mkdirSync(dir, { recursive: true })
    for (const start of RANGE_STARTS) {
      const range = `${start}-${start + 255}`
      // Control characters never appear in a label (and Skia cannot draw NUL).
      const ids = Array.from({ length: 256 }, (_, i) => start + i).filter(
        (c) => c >= 0x20 && available.has(c),
      )
      const glyphs = drawGlyphs(stack.name, ids)
      writeFileSync(join(dir, `${range}.pbf`), encodeGlyphs(stack.name, range, glyphs))
      console.log(`${stack.name}/${range}.pbf: ${glyphs.length} glyphs`)
    }
  }
}

main()
