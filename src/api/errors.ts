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
    /** A key known already (sign-in errors); otherwise derived from code and message. */
    key?: string
  }) {
    super(e.message ?? 'unknown_error')
    this.name = 'ApiError'
    this.code = e.code ?? ''
    this.details = e.details ?? ''
    this.hint = e.hint ?? ''
    this.key = e.key ?? errorKey(this.code, this.message)
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
  }
  // What is left, by class (the first two characters of the SQLSTATE). PostgREST answers the
  // classes below 40, 53, 54, 55 and 57 with HTTP 500/503; the app still says what to do.
  switch (code.slice(0, 2)) {
    // Data exceptions: a value of the wrong form or out of range (a date past 'infinity', text
    // the encoding cannot hold, a number out of range).
    case '22':
      return 'invalid_input'
    // Integrity constraints not named above (check, exclusion, not null).
    case '23':
      return 'invalid_value'
    // Transaction rollback (serialization failure, deadlock), a lost connection, a busy
    // server, a lock not available, a cancelled statement: the same request may well succeed.
    case '40':
    case '08':
    case '53':
    case '55':
    case '57':
      return 'try_again'
    // Program limit exceeded: stack depth (deeply nested JSON), statement too complex.
    case '54':
      return 'input_too_complex'
    default:
      return 'unknown_error'
  }
}

/** Supabase Auth's error codes (GoTrue), as the keys the app translates. */
const AUTH_KEYS: Record<string, string> = {
  invalid_credentials: 'auth_invalid_credentials',
  email_not_confirmed: 'auth_email_not_confirmed',
  user_already_exists: 'auth_user_exists',
  email_exists: 'auth_user_exists',
  weak_password: 'auth_weak_password',
  over_email_send_rate_limit: 'auth_rate_limited',
  over_sms_send_rate_limit: 'auth_rate_limited',
  over_request_rate_limit: 'auth_rate_limited',
  otp_expired: 'auth_code_expired',
  validation_failed: 'auth_invalid_input',
  email_address_invalid: 'auth_invalid_input',
  phone_provider_disabled: 'auth_method_disabled',
  email_provider_disabled: 'auth_method_disabled',
  signup_disabled: 'auth_signup_disabled',
}

/** Maps a sign-in error code to the key the app translates. */
export function authErrorKey(code: string | undefined): string {
  return (code && AUTH_KEYS[code]) ?? 'auth_failed'
}
