// What a map benchmark page offers the runner (bench/map-render.ts). A page marks
// `bench:drawn` (performance.mark) when the clustered proposals are drawn, then exposes this.

export const DRAWN_MARK = 'bench:drawn'

export interface BenchPage {
  /** Zooms `levels` in and back, each time until drawn again; resolves with milliseconds. */
  zoomInAndBack(levels: number): Promise<number>
  /** Cluster and single-point symbols drawn now (a sanity check that something is shown). */
  rendered(): { clusters: number; points: number }
}

/** Query parameters of a page: proposal count, delivery, and the box to show. */
export interface PageParams {
  count: number
  mode: string
  bbox: [number, number, number, number]
}

export function pageParams(): PageParams {
  const q = new URLSearchParams(location.search)
  const bbox = (q.get('bbox') ?? '').split(',').map(Number) as PageParams['bbox']
  return { count: Number(q.get('n')), mode: q.get('mode') ?? '', bbox }
}

/** An absolute URL of a data file written next to the pages by the runner. */
export function dataUrl(name: string): string {
  return new URL(`data/${name}`, location.href).href
}

export function publish(page: BenchPage): void {
  performance.mark(DRAWN_MARK)
  ;(window as unknown as { __bench: BenchPage }).__bench = page
}

export function fail(error: unknown): void {
  ;(window as unknown as { __benchError: string }).__benchError = String(error)
  console.error(error)
}
