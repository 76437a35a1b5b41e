-- Proposal photos: a public Supabase Storage bucket with the limits the app states (5 MB;
-- JPEG, PNG or WebP). Residents upload only into their own folder (named by their user id) and
-- cannot overwrite or delete: a photo attached to a proposal is part of the public record.
-- Storage exists only on Supabase; the embedded database and the test clusters keep photos
-- elsewhere or not at all, so there this migration does nothing.
do $$
begin
  if not exists (select 1 from pg_namespace where nspname = 'storage') then
    return;
  end if;

  insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
  values ('proposal-photos', 'proposal-photos', true, 5242880,
          array['image/jpeg', 'image/png', 'image/webp'])
  on conflict (id) do update
    set public = excluded.public,
        file_size_limit = excluded.file_size_limit,
        allowed_mime_types = excluded.allowed_mime_types;

  -- Dynamic: the statement must not be parsed where the storage schema is missing.
  execute $sql$
    create policy proposal_photos_upload on storage.objects
      for insert to authenticated
      with check (
        bucket_id = 'proposal-photos'
        and (storage.foldername(name))[1] = (select auth.uid())::text
      )
  $sql$;
end
$$;
