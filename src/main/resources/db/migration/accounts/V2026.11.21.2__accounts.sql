-- Accounts, API tokens, one-time links, the security audit log, and shared sign-in throttling.
create schema if not exists accounts;

create table accounts.accounts (
    id                uuid primary key,
    email             text        not null,           -- stored lower-case: unique regardless of case
    display_name      text        not null,
    password_hash     text        not null,
    role              text        not null default 'LEARNER' check (role in ('LEARNER', 'ADMIN')),
    enabled           boolean     not null default true,
    email_verified_at timestamptz,
    created_at        timestamptz not null default now(),
    version           integer     not null default 0,
    constraint accounts_email_unique unique (email)
);
-- admin search: prefix matches on email and name without scanning every row
create index accounts_email_prefix on accounts.accounts (email text_pattern_ops);
create index accounts_name_prefix on accounts.accounts (lower(display_name) text_pattern_ops);

create table accounts.api_tokens (
    id           uuid primary key,
    account_id   uuid        not null references accounts.accounts (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,          -- SHA-256 of the token; the token itself is shown once
    prefix       text        not null,                 -- first characters, to recognise a token in a list
    scope        text        not null check (scope in ('READ', 'READ_WRITE')),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_account on accounts.api_tokens (account_id, created_at desc);

create table accounts.one_time_tokens (
    token_hash text primary key,
    account_id uuid        not null references accounts.accounts (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_tokens_account on accounts.one_time_tokens (account_id);

create table accounts.audit_events (
    id         bigint generated always as identity primary key,
    account_id uuid references accounts.accounts (id) on delete cascade,
    type       text        not null,
    detail     text        not null default '',
    client     text        not null default '',
    created_at timestamptz not null default now()
);
create index audit_events_account on accounts.audit_events (account_id, created_at desc);
create index audit_events_time on accounts.audit_events (created_at desc);

-- bucket4j state for sign-in throttling, shared by every instance
create table accounts.sign_in_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_buckets_expiry on accounts.sign_in_buckets (expires_at);

-- Spring Session JDBC: sessions live in PostgreSQL so any instance serves any request
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
