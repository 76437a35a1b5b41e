import type { TFunction } from 'i18next'
import { ApiError } from '../../api/errors'

/** A short message for anything thrown, untranslated (for technical details). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  if (error && typeof error === 'object' && 'message' in error) return String(error.message)
  return String(error)
}

/** The translated message of an API error (`errors.<key>`), else the raw message. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const translated = t(`errors.${error.key}`, { defaultValue: '' })
    if (translated) return translated
  }
  return errorMessage(error)
}
