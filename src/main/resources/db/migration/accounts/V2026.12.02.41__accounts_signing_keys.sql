-- Keys for values the app signs and later reads back (the sign-in device cookie), one per purpose,
-- made by whichever instance needs one first, so every instance signs and checks with the same key.
create table accounts.signing_keys (
    purpose    text primary key,
    secret     bytea not null,
    created_at timestamptz not null default now()
);
