-- The learning journal: dated Markdown entries with tags and links to topics, per account.
create table learning.journal_entries (
    id         uuid primary key,
    account_id uuid        not null,  -- erased with the account through PersonalData
    day        date        not null,
    title      text        not null,
    body       text        not null,
    tags       text[]      not null default '{}',
    topics     text[]      not null default '{}',   -- "roadmap-id/topic-id"
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer     not null default 0
);
create index journal_entries_account_day on learning.journal_entries (account_id, day desc);
create index journal_entries_tags on learning.journal_entries using gin (tags);
