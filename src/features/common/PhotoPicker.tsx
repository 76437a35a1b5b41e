// Choosing one photo: JPEG, PNG or WebP up to 5 MB (said before and checked before sending),
// kept in the PhotoStore at once; a preview, a way to remove it, and a translated refusal.
import { useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/errors'
import { PHOTO_TYPES, photoError, type PhotoStore } from '../../api/photos'
import { describeError } from './errorMessage'
import { usePhotoUrl } from './usePhotoUrl'

export interface PhotoPickerProps {
  id: string
  label: string
  photos: PhotoStore
  /** The stored photo's path, or null. */
  path: string | null
  onChange(path: string | null): void
  previewAlt: string
}

export function PhotoPicker({ id, label, photos, path, onChange, previewAlt }: PhotoPickerProps) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<unknown>(null)
  const [uploading, setUploading] = useState(false)
  const url = usePhotoUrl(photos, path)

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    setProblem(null)
    const refused = photoError(file)
    if (refused) {
      setProblem(new ApiError({ code: 'VALIDATION', message: refused, key: refused }))
      return
    }
    setUploading(true)
    try {
      onChange(await photos.put(file))
    } catch (error) {
      setProblem(error)
    } finally {
      setUploading(false)
    }
  }

  return (
    <>
      <span className="field field-label" id={`${id}-label`}>
        {label}
      </span>
      {path && url && <img className="composer-photo" src={url} alt={previewAlt} />}
      <input
        id={id}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        disabled={uploading}
        onChange={(e) => void choose(e)}
      />
      <p className="panel-hint" id={`${id}-hint`}>
        {uploading ? t('propose.photoUploading') : t('propose.photoHint')}
      </p>
      {problem !== null && (
        <p className="field-error" role="alert">
          {describeError(problem, t)}
        </p>
      )}
      {path && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {t('propose.removePhoto')}
        </button>
      )}
    </>
  )
}
