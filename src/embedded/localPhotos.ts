// Embedded mode's photos: kept in this browser's IndexedDB, under paths `local/<uuid>.<ext>`,
// so a proposal's photo works offline like everything else (and, like everything else in this
// mode, nobody else sees it).
import { photoExtension, type PhotoStore } from '../api/photos'

const DB = 'qatysu-photos'
const STORE = 'photos'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('indexedDB'))
  })
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) {
  return open().then((db) =>
    new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('indexedDB'))
    }).finally(() => db.close()),
  )
}

export function localPhotoStore(): PhotoStore {
  const urls = new Map<string, string>()
  return {
    async put(file) {
      const path = `local/${crypto.randomUUID()}.${photoExtension(file.type)}`
      await run('readwrite', (s) => s.put(file, path))
      return path
    },
    async url(path) {
      const known = urls.get(path)
      if (known) return known
      const blob = await run<Blob | undefined>('readonly', (s) => s.get(path))
      if (!blob) return null
      const url = URL.createObjectURL(blob)
      urls.set(path, url)
      return url
    },
  }
}
