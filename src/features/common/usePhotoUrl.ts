import { useEffect, useState } from 'react'
import type { PhotoStore } from '../../api/photos'

/** The address to show a stored photo at; null while unknown or when it is not here. */
export function usePhotoUrl(photos: PhotoStore | null, path: string | null): string | null {
  const [found, setFound] = useState<{ path: string; url: string | null } | null>(null)
  useEffect(() => {
    if (!photos || !path) return
    let live = true
    photos.url(path).then(
      (url) => live && setFound({ path, url }),
      () => live && setFound({ path, url: null }),
    )
    return () => {
      live = false
    }
  }, [photos, path])
  return found && found.path === path ? found.url : null
}
