// One error type for both transports, shaped like PostgREST's error body
// ({ code, message, details, hint }) with a translation key derived from it.

export class ApiError extends Error {
  readonly code: string
  readonly details: string
  readonly hint: string
  /** Key under `errors.` in the locale files. */
  readonly key: string

  constructor(e: {
    code?: string
    message?: string
    details?: string | null
    hint?: string | null
  }) {
    super(e.message ?? 'unknown_error')
    this.name = 'ApiError'
    this.code = e.code ?? ''
    this.details = e.details ?? ''
    this.hint = e.hint ?? ''
    this.key = errorKey(this.code, this.message)
  }
}

const RULE_KEY = /^[a-z][a-z0-9_]*$/

/** Maps a database error to the key the app translates. */
export function errorKey(code: string, message: string): string {
  // Our rules raise QA001 (or 42501 for refusals) with the key as the message.
  if ((code === 'QA001' || code === '42501') && RULE_KEY.test(message)) return message
  switch (code) {
    case '42501':
      return 'forbidden'
    case '42883':
    case 'PGRST202':
      return 'unknown_function'
    case '23505':
      return 'duplicate'
    case '23503':
      return 'invalid_reference'
    case '23514':
    case '23502':
    case '22001':
      return 'invalid_value'
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return 'invalid_input'
    case 'NETWORK':
      return 'network'
    default:
      return 'unknown_error'
  }
}
