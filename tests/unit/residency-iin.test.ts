import { describe, expect, it } from 'vitest'
import { iinCheckDigit, normalizeIin } from '../../src/features/residency/iin'

describe('ИИН check digit', () => {
  it('uses the first weights when they give 0..9', () => {
    // 1·9 + 4·1 + 6·1 + 7·3 + 11·1 = 51; 51 mod 11 = 7
    expect(iinCheckDigit('90010130001')).toBe(7)
    expect(normalizeIin('900101300017')).toBe('900101300017')
    expect(normalizeIin('900101300016')).toBeNull()
  })

  it('falls back to the second weights when the first give 10', () => {
    // 1·0+2·0+3·0+4·0+5·0+6·0+7·0+8·0+9·0+10·1+11·0 = 10 → 3..11,1,2: 1·1 = 1
    expect(iinCheckDigit('00000000010')).toBe(1)
    expect(normalizeIin('000000000101')).toBe('000000000101')
  })

  it('has no check digit when both weightings give 10', () => {
    const none = Array.from({ length: 100000 }, (_, i) => String(i).padStart(11, '0')).find(
      (n) => iinCheckDigit(n) === null,
    )
    expect(none).toBeDefined()
    expect(normalizeIin(`${none}0`)).toBeNull()
  })

  it('ignores spaces and refuses anything but 12 digits', () => {
    expect(normalizeIin(' 900101 300017 ')).toBe('900101300017')
    for (const bad of [
      '',
      '90010130001',
      '9001013000166',
      '90010130001a',
      '９００１０１３０００１６',
    ]) {
      expect(normalizeIin(bad)).toBeNull()
    }
  })
})
