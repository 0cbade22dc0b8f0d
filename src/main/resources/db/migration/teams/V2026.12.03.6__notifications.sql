-- In-app notifications: what happened that someone should look at, with the page to look at it on. Read ones
-- are kept (the list shows the last hundred); erased with their account.
create table teams.notifications (
    id         uuid primary key,
    account_id uuid        not null,
    kind       text        not null,
    title      text        not null,
    link       text        not null,
    created_at timestamptz not null,
    read_at    timestamptz
);
-- the list, newest first, and the header's unread count (a partial index: the unread are few)
create index notifications_by_account on teams.notifications (account_id, created_at desc);
create index notifications_unread on teams.notifications (account_id) where read_at is null;

-- What a person turned off, per kind and channel ('IN_APP' or 'EMAIL'): no row means on.
create table teams.notification_opt_outs (
    account_id uuid not null,
    kind       text not null,
    channel    text not null check (channel in ('IN_APP', 'EMAIL')),
    primary key (account_id, kind, channel)
);
