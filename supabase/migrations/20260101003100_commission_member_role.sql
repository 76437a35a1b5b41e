-- The budget commission (of the city maslikhat) reviews proposals in its own capacity, so its
-- members need a role of their own: until now any district official could sign a review as the
-- budget commission. A new enum value cannot be used in the transaction that adds it, so it is
-- added alone here and used from 20260101003110_reviewer_independence.sql on.
alter type public.member_role add value if not exists 'commission';
