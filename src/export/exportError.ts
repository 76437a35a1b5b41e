// Export refusals, as ApiErrors with a key under `errors.` in the locale files.
import { ApiError } from '../api/errors'

export type ExportErrorKey =
  | 'export_format_unsupported'
  | 'export_no_geometry'
  | 'export_district_required'
  | 'export_district_unknown'
  | 'export_empty'

export function exportError(key: ExportErrorKey, details = ''): ApiError {
  return new ApiError({ code: 'EXPORT', message: key, details, key })
}
