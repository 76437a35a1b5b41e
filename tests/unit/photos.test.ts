import { describe, expect, it } from 'vitest'
import { PHOTO_MAX_BYTES, photoError, photoExtension } from '../../src/api/photos'

describe('photoError', () => {
  it('takes JPEG, PNG and WebP up to 5 MB', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp'])
      expect(photoError({ type, size: PHOTO_MAX_BYTES })).toBeNull()
  })

  it('names a wrong type before a wrong size', () => {
    expect(photoError({ type: 'image/gif', size: 10 })).toBe('photo_wrong_type')
    expect(photoError({ type: 'application/pdf', size: PHOTO_MAX_BYTES + 1 })).toBe(
      'photo_wrong_type',
    )
    expect(photoError({ type: 'image/jpeg', size: PHOTO_MAX_BYTES + 1 })).toBe('photo_too_large')
  })
})

describe('photoExtension', () => {
  it('names files by their type', () => {
    expect(['image/jpeg', 'image/png', 'image/webp'].map(photoExtension)).toEqual([
      'jpg',
      'png',
      'webp',
    ])
  })
})
