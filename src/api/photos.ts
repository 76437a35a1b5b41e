// Photos of proposals: what a photo may be, and where it is kept. The database stores only a
// path; a PhotoStore turns a file into a path and a path into an address to show. Supabase
// mode keeps photos in Storage (supabase-transport.ts), embedded mode in this browser.

/** Types a browser shows everywhere and a phone camera produces. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
/** 5 MB: a phone photo fits; the same limit is set on the Storage bucket. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024

export interface PhotoStore {
  /** Keeps the photo; resolves with the path to save with the proposal. */
  put(file: Blob): Promise<string>
  /** An address an <img> can show, or null when the photo is not here. */
  url(path: string): Promise<string | null>
}

/** An error key (translated under `errors.`) for a file that is not an acceptable photo. */
export function photoError(file: { type: string; size: number }): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'photo_wrong_type'
  if (file.size > PHOTO_MAX_BYTES) return 'photo_too_large'
  return null
}

export function photoExtension(type: string): string {
  return type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpg'
}
