// The hatching drawn over districts whose value is unknown ("no data"), as an RGBA image
// MapLibre takes through `map.addImage`. Pure; no canvas needed.

export const NO_DATA_PATTERN = 'no-data-hatch'
/** Fill under the hatching. */
export const NO_DATA_COLOR = '#eceff1'

export interface PatternImage {
  width: number
  height: number
  data: Uint8Array
}

/** Diagonal lines (bottom-left to top-right), `size` pixels apart, in a grey that reads on the land. */
export function noDataPattern(
  size = 8,
  rgb: [number, number, number] = [120, 134, 142],
): PatternImage {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Pixels with x + y ≡ -1 (mod size) form the line; tiles repeat into unbroken lines,
      // with a softer pixel either side for anti-aliasing.
      const d = (x + y + 1) % size
      const alpha = d === 0 ? 255 : d === 1 || d === size - 1 ? 90 : 0
      const i = (y * size + x) * 4
      data[i] = rgb[0]
      data[i + 1] = rgb[1]
      data[i + 2] = rgb[2]
      data[i + 3] = alpha
    }
  }
  return { width: size, height: size, data }
}
