// The open data behind the view: each data set of the cycle (or of the district in focus) as
// CSV or GeoJSON, and the ballots in the Pabulib format, built in the browser (src/export).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Cycle } from '../../api/types'
import { exportFile, FORMAT_DATASETS, type Dataset, type Format } from '../../export'
import { describeError } from '../common/errorMessage'

const DATASET_ORDER: readonly Dataset[] = [
  'projects',
  'payments',
  'proposals',
  'districts',
  'ballots',
]

/** Hands a file to the browser as a download. */
function save(filename: string, mimeType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export interface DownloadsProps {
  api: Api
  cycle: Cycle
  district: string | null
  districtName: string | null
  stalledDays: number
}

export function Downloads({ api, cycle, district, districtName, stalledDays }: DownloadsProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)

  const download = async (dataset: Dataset, format: Format) => {
    setBusy(`${dataset}.${format}`)
    setFailure(null)
    try {
      const file = await exportFile(api, {
        cycle,
        dataset,
        format,
        district,
        stalledDays,
        now: new Date(),
      })
      save(file.filename, file.mimeType, file.content)
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(null)
    }
  }
  const formatsOf = (dataset: Dataset) =>
    (Object.keys(FORMAT_DATASETS) as Format[]).filter((f) => FORMAT_DATASETS[f].includes(dataset))

  return (
    <section className="money-section downloads" aria-labelledby="downloads-title">
      <h3 className="section-title" id="downloads-title">
        {t('money.downloadsTitle')}
      </h3>
      <p className="panel-hint">
        {districtName
          ? t('money.downloadsDistrict', { district: districtName })
          : t('money.downloadsCity')}{' '}
        {t('money.downloadsLicence')}
      </p>
      <ul>
        {DATASET_ORDER.map((dataset) => (
          <li key={dataset} data-dataset={dataset}>
            <span className="download-name">{t(`money.dataset.${dataset}`)}</span>
            {dataset === 'ballots' && !district ? (
              <span className="panel-hint">{t('money.ballotsNeedDistrict')}</span>
            ) : (
              formatsOf(dataset).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button-small"
                  disabled={busy !== null}
                  aria-label={t('money.downloadAs', {
                    dataset: t(`money.dataset.${dataset}`),
                    format: t(`money.format.${format}`),
                  })}
                  onClick={() => void download(dataset, format)}
                >
                  {t(`money.format.${format}`)}
                </button>
              ))
            )}
          </li>
        ))}
      </ul>
      {busy && (
        <p className="panel-hint" role="status">
          {t('money.preparing')}
        </p>
      )}
      {failure !== null && (
        <p className="field-error" role="alert">
          {describeError(failure, t)}
        </p>
      )}
    </section>
  )
}
