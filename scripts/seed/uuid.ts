// Name-based UUIDs (RFC 9562 version 5, SHA-1) so every seeded row has a fixed, reproducible id:
// the same name always gives the same UUID, on every machine and every run.
import { createHash } from 'node:crypto'

/** The namespace of every Qatysu demo id (itself a fixed random UUID). */
export const QATYSU_NAMESPACE = '3f0c8a52-6d1e-4b7a-9c55-2e8f41d7a0b6'

export function uuidV5(name: string, namespace: string = QATYSU_NAMESPACE): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex')
  if (ns.length !== 16) throw new Error(`bad namespace UUID: ${namespace}`)
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
