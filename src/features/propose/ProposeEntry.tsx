// The way into the proposal form while a cycle takes proposals.
import { useTranslation } from 'react-i18next'

export function ProposeEntry({ signedIn, onPropose }: { signedIn: boolean; onPropose(): void }) {
  const { t } = useTranslation()
  return (
    <section className="propose-entry" aria-label={t('propose.title')}>
      <p className="panel-hint">{t('propose.startHint')}</p>
      {signedIn ? (
        <button type="button" className="button button-primary" onClick={onPropose}>
          {t('propose.start')}
        </button>
      ) : (
        <p className="panel-hint">{t('propose.signIn')}</p>
      )}
    </section>
  )
}
