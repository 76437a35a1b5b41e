// The name rule of a profile, checked before sending (the profiles table checks it again). Pure.

/** As `public.profiles` allows (trimmed). */
export const DISPLAY_NAME_MAX = 80

/** An error key (translated under `errors.`), or null when the name will do. */
export function displayNameError(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed.length === 0) return 'display_name_required'
  if (trimmed.length > DISPLAY_NAME_MAX) return 'display_name_too_long'
  return null
}
