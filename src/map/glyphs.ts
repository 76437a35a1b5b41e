// The map's fonts: SDF glyphs served from our own origin (public/glyphs, made by
// scripts/build-glyphs.ts), with Latin, Cyrillic and the Kazakh letters.
import type { ExpressionSpecification } from 'maplibre-gl'
import type { Language } from './mapTypes'

export const FONT_REGULAR = ['Noto Sans Regular']
export const FONT_BOLD = ['Noto Sans Bold']

/**
 * The style's `glyphs` URL template: `base` is the app's absolute base URL (Vite's BASE_URL
 * resolved against the page); absolute because MapLibre's worker has no page to resolve against.
 * The placeholders must stay unencoded.
 */
export function glyphsUrl(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`
  return `${root}glyphs/{fontstack}/{range}.pbf`
}

/** A feature's name in the interface language, falling back to Russian, then English. */
export function nameField(language: Language): ExpressionSpecification {
  const order = [language, ...(['ru', 'kk', 'en'] as const).filter((l) => l !== language)]
  return ['coalesce', ...order.map((l): ExpressionSpecification => ['get', `name_${l}`])]
}
