// A proposal's votes, online and on paper apart (paper ballots are counted by the district's
// officials; every count they entered stays on the record).
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import { formatCount } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDateTime } from '../common/dates'
import { useAsync } from '../common/useAsync'

export function VoteBreakdown({ api, id, version }: { api: Api; id: string; version: number }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const votes = useAsync(`proposal-votes:${id}`, () => api.proposalVotes(id), version)
  const v = votes.data
  if (!v) return null
  return (
    <div className="vote-breakdown" data-online={v.online} data-paper={v.paper}>
      <p>
        {t('paperVotes.breakdown', {
          online: formatCount(v.online, lang),
          paper: formatCount(v.paper, lang),
        })}
      </p>
      {v.paper_entries.length > 1 && (
        <details>
          <summary>
            {t('paperVotes.history', { n: formatCount(v.paper_entries.length, lang) })}
          </summary>
          <ol>
            {v.paper_entries.map((e) => (
              <li key={e.created_at}>
                <time dateTime={e.created_at}>{formatDateTime(e.created_at, lang)}</time> ·{' '}
                {t(`memberRole.${e.author_role}`)} · {formatCount(e.votes, lang)}
                {e.note && <> · {e.note}</>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}
