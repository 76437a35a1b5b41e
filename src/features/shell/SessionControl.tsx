// Who is signed in. With the embedded database: one-click demo accounts, marked "demo".
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Transport } from '../../api/transport'
import { localizedDescription } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import { Popover } from '../common/Popover'
import { useSession } from '../common/useSession'
import { AccountSignIn } from './AccountSignIn'

export function SessionControl({
  transport,
  profileName,
  onProfile,
}: {
  transport: Transport
  profileName?: string | null
  onProfile?(): void
}) {
  const { t } = useTranslation()
  const session = useSession(transport)
  const demo = transport.kind === 'embedded'

  if (session) {
    const name = profileName ?? session.display_name ?? session.email ?? session.user_id
    return (
      <div className="session">
        <button
          type="button"
          className="session-name"
          title={t('auth.signedInAs', { name })}
          onClick={onProfile}
        >
          <span className="visually-hidden">
            {t('auth.signedInAs', { name })}. {t('profile.open')}
          </span>
          <span aria-hidden="true">{name}</span>
        </button>
        {demo && <span className="badge badge-demo">{t('demo.short')}</span>}
        <button type="button" className="button" onClick={() => void transport.signOut()}>
          {t('auth.signOut')}
        </button>
      </div>
    )
  }
  if (transport.demoAccounts && transport.signInAsDemo) return <DemoSignIn transport={transport} />
  if (transport.auth) return <AccountSignIn auth={transport.auth} />
  return null
}

function DemoSignIn({ transport }: { transport: Transport }) {
  const { t } = useTranslation()
  return (
    <Popover
      className="demo-signin"
      label={
        <>
          {t('auth.signIn')} <span className="badge badge-demo">{t('demo.short')}</span>
        </>
      }
    >
      {(close, open) => <DemoAccounts transport={transport} open={open} onSignedIn={close} />}
    </Popover>
  )
}

function DemoAccounts({
  transport,
  open,
  onSignedIn,
}: {
  transport: Transport
  open: boolean
  onSignedIn(): void
}) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const [pending, setPending] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const accounts = useAsync(open ? 'demo-accounts' : null, () => transport.demoAccounts!())

  async function signIn(userId: string) {
    setPending(userId)
    setError(null)
    try {
      await transport.signInAsDemo!(userId)
      onSignedIn()
    } catch (e) {
      setError(describeError(e, t))
    } finally {
      setPending(null)
    }
  }

  return (
    <>
      <h2 className="popover-title">
        {t('auth.demoAccounts')} <span className="badge badge-demo">{t('demo.short')}</span>
      </h2>
      <p className="popover-hint">{t('auth.demoHint')}</p>
      {accounts.loading && <p role="status">{t('load.loading')}</p>}
      {accounts.error !== undefined && (
        <p role="alert" className="error-text">
          {t('load.failed', { message: describeError(accounts.error, t) })}
        </p>
      )}
      {accounts.data?.length === 0 && <p>{t('auth.noAccounts')}</p>}
      <ul className="account-list">
        {accounts.data?.map((a) => (
          <li key={a.user_id}>
            <button
              type="button"
              className="account"
              disabled={pending !== null}
              aria-busy={pending === a.user_id}
              onClick={() => void signIn(a.user_id)}
            >
              <span className="account-name">{a.display_name}</span>
              <span className="account-description">
                {pending === a.user_id ? t('auth.signingIn') : localizedDescription(a, lang)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="error-text">
          {t('auth.failed', { message: error })}
        </p>
      )}
    </>
  )
}
