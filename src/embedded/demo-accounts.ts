import type { DemoAccount } from '../api/types'
import type { SqlSession } from './postgrest-call'

/** The seeded one-click accounts (auth.users flagged `demo_account` in their app metadata).
 * Read as the database owner: auth.users is Supabase's own table, not part of our API. */
export async function listDemoAccounts(db: SqlSession): Promise<DemoAccount[]> {
  const { rows } = await db.query<DemoAccount>(
    `select u.id as user_id, u.email, p.display_name,
            coalesce(u.raw_app_meta_data ->> 'description_kk', '') as description_kk,
            coalesce(u.raw_app_meta_data ->> 'description_ru', '') as description_ru,
            coalesce(u.raw_app_meta_data ->> 'description_en', '') as description_en
     from auth.users u
     join public.profiles p on p.id = u.id
     where (u.raw_app_meta_data ->> 'demo_account')::boolean
     order by u.email`,
  )
  return rows
}
