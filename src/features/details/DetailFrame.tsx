// The frame every item detail shares: the way back, loading and error states, and the heading
// that takes focus when an item opens.
import type { ReactNode, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from '../common/errorMessage'

export interface DetailFrameProps {
  loading: boolean
  /** The load failure, or undefined. */
  error: unknown
  backLabel: string
  onBack(): void
  /** What kind of item this is ("Proposal", "Project"). */
  kicker: string
  /** The item once loaded; nothing below the back button shows before. */
  item: { title: string; is_demo: boolean } | undefined
  headingRef: RefObject<HTMLHeadingElement | null>
  children: ReactNode
}

export function DetailFrame(props: DetailFrameProps) {
  const { loading, error, backLabel, onBack, kicker, item, headingRef, children } = props
  const { t } = useTranslation()
  return (
    <article className="item-detail" aria-labelledby="item-title" aria-busy={loading}>
      <button type="button" className="back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {backLabel}
      </button>
      {loading && (
        <p className="panel-message" role="status">
          {t('load.loading')}
        </p>
      )}
      {error !== undefined && (
        <p className="panel-message error-text" role="alert">
          {t('load.failed', { message: describeError(error, t) })}
        </p>
      )}
      {item && (
        <>
          <p className="panel-kicker">
            {kicker}
            {item.is_demo && <span className="badge badge-demo">{t('demo.badge')}</span>}
          </p>
          <h2 id="item-title" className="panel-title" ref={headingRef} tabIndex={-1}>
            {item.title}
          </h2>
          {children}
        </>
      )}
    </article>
  )
}
