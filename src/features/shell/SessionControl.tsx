// Who is signed in. With the embedded database: one-click demo accounts, marked "demo".
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Transport } from '../../api/transport'
import { localizedDescription } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import { useSession } from '../common/useSession'

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
  return null
}

function DemoSignIn({ transport }: { transport: Transport }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const accounts = useAsync(open ? 'demo-accounts' : null, () => transport.demoAccounts!())
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  async function signIn(userId: string) {
    setPending(userId)
    setError(null)
    try {
      await transport.signInAsDemo!(userId)
      setOpen(false)
    } catch (e) {
      setError(describeError(e, t))
    } finally {
      setPending(null)
    }
  }

  return (
    <div
      className="demo-signin"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false)
          buttonRef.current?.focus()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-primary"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('auth.signIn')} <span className="badge badge-demo">{t('demo.short')}</span>
      </button>
      <div id={menuId} className="popover" hidden={!open}>
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
      </div>
    </div>
  )
}
