import { describe, expect, it } from 'vitest'
import { DISPLAY_NAME_MAX, displayNameError } from '../../src/features/profile/profileRules'

describe('displayNameError', () => {
  it('wants one to eighty characters once trimmed, as the profiles table does', () => {
    expect(displayNameError('Айдана')).toBeNull()
    expect(displayNameError('  А  ')).toBeNull()
    expect(displayNameError('   ')).toBe('display_name_required')
    expect(displayNameError('x'.repeat(DISPLAY_NAME_MAX))).toBeNull()
    expect(displayNameError(` ${'x'.repeat(DISPLAY_NAME_MAX + 1)} `)).toBe('display_name_too_long')
  })
})
