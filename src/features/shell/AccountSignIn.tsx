// Signing in with a Supabase project's accounts: email and password (or a new account), a
// one-click link by email, or a code by SMS, as the project is configured. What was typed stays
// in the fields when a sign-in is refused.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/errors'
import type { AccountAuth, AuthMethod } from '../../api/transport'
import { describeError } from '../common/errorMessage'
import { Popover } from '../common/Popover'
import { displayNameError } from '../profile/profileRules'

export function AccountSignIn({ auth }: { auth: AccountAuth }) {
  const { t } = useTranslation()
  return (
    <Popover className="demo-signin" label={t('auth.signIn')}>
      {(close) => <AccountForms auth={auth} onSignedIn={close} />}
    </Popover>
  )
}

function AccountForms({ auth, onSignedIn }: { auth: AccountAuth; onSignedIn(): void }) {
  const { t } = useTranslation()
  const ids = useId()
  const [method, setMethod] = useState<AuthMethod>(auth.methods[0]!)
  const [creating, setCreating] = useState(false)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [codeSent, setCodeSent] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  async function run(action: () => Promise<string | null>) {
    setBusy(true)
    setFailure(null)
    setNotice(null)
    try {
      const message = await action()
      if (message) setNotice(message)
      else onSignedIn()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault()
    if (method === 'password' && creating) {
      const problem = displayNameError(name)
      if (problem) {
        setNotice(null)
        setFailure(new ApiError({ code: 'VALIDATION', message: problem, key: problem }))
        return
      }
      void run(async () =>
        (await auth.signUp(email.trim(), password, name.trim())) === 'confirm'
          ? t('auth.confirmEmail', { email: email.trim() })
          : null,
      )
    } else if (method === 'password') {
      void run(async () => {
        await auth.signInWithPassword(email.trim(), password)
        return null
      })
    } else if (method === 'magic_link') {
      void run(async () => {
        await auth.sendMagicLink(email.trim())
        return t('auth.linkSent', { email: email.trim() })
      })
    } else if (!codeSent) {
      void run(async () => {
        await auth.sendPhoneCode(phone.trim())
        setCodeSent(true)
        return t('auth.codeSent', { phone: phone.trim() })
      })
    } else {
      void run(async () => {
        await auth.verifyPhoneCode(phone.trim(), code.trim())
        return null
      })
    }
  }

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    extra: Record<string, string> = {},
  ) => (
    <>
      <label className="field-label" htmlFor={`${ids}-${id}`}>
        {label}
      </label>
      <input
        id={`${ids}-${id}`}
        value={value}
        required
        onChange={(e) => set(e.target.value)}
        {...extra}
      />
    </>
  )

  return (
    <form className="account-form" onSubmit={submit}>
      <h2 className="popover-title">{t('auth.signIn')}</h2>
      {auth.methods.length > 1 && (
        <div className="method-switch" role="group" aria-label={t('auth.method')}>
          {auth.methods.map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={m === method}
              onClick={() => {
                setMethod(m)
                setNotice(null)
                setFailure(null)
              }}
            >
              {t(`auth.methods.${m}`)}
            </button>
          ))}
        </div>
      )}
      {method === 'password' && (
        <>
          {creating &&
            field('name', t('profile.name'), name, setName, { autoComplete: 'nickname' })}
          {field('email', t('auth.email'), email, setEmail, {
            type: 'email',
            autoComplete: 'email',
          })}
          {field('password', t('auth.password'), password, setPassword, {
            type: 'password',
            autoComplete: creating ? 'new-password' : 'current-password',
          })}
        </>
      )}
      {method === 'magic_link' &&
        field('email', t('auth.email'), email, setEmail, { type: 'email', autoComplete: 'email' })}
      {method === 'phone' && (
        <>
          {field('phone', t('auth.phone'), phone, setPhone, {
            type: 'tel',
            autoComplete: 'tel',
            placeholder: '+7 7XX XXX XX XX',
          })}
          {codeSent &&
            field('code', t('auth.code'), code, setCode, {
              inputMode: 'numeric',
              autoComplete: 'one-time-code',
            })}
        </>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {method === 'password'
          ? creating
            ? t('auth.createAccount')
            : t('auth.signIn')
          : method === 'magic_link'
            ? t('auth.sendLink')
            : codeSent
              ? t('auth.signIn')
              : t('auth.sendCode')}
      </button>
      {method === 'password' && (
        <button type="button" className="link-button" onClick={() => setCreating((c) => !c)}>
          {creating ? t('auth.haveAccount') : t('auth.newAccount')}
        </button>
      )}
      {notice && (
        <p role="status" className="popover-hint">
          {notice}
        </p>
      )}
      {failure !== null && (
        <p role="alert" className="error-text">
          {describeError(failure, t)}
        </p>
      )}
    </form>
  )
}
