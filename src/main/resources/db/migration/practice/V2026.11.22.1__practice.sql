-- Practice: decision scenarios (every published version kept, so an attempt always shows the
-- text it was answered against), attempts at them, and each account's decision journal.
create schema if not exists practice;

create table practice.scenario_versions (
    scenario_id  text        not null,
    version      integer     not null,
    title        text        not null,
    level        text        not null,
    source       text        not null,            -- builtin, directory, upload
    file_name    text        not null,
    content_hash text        not null,
    yaml         text        not null,
    document     jsonb       not null,
    published_at timestamptz not null default now(),
    primary key (scenario_id, version)
);

create table practice.attempts (
    id                  uuid primary key,
    account_id          uuid        not null,       -- erased with the account through PersonalData
    scenario_id         text        not null,
    scenario_version    integer     not null,
    number              integer     not null,       -- 1 for the first attempt at this scenario, 2 for a retry, ...
    step                text        not null default 'FRAME',
    framing             text        not null default '',
    questions           text        not null default '',
    option_id           text,
    own_option          text        not null default '',
    record_context      text        not null default '',
    record_options      text        not null default '',
    record_decision     text        not null default '',
    record_consequences text        not null default '',
    ratings             jsonb       not null default '{}',
    reflection          text        not null default '',
    started_at          timestamptz not null default now(),
    completed_at        timestamptz,
    updated_at          timestamptz not null default now(),
    version             integer     not null default 0,
    unique (account_id, scenario_id, number),
    foreign key (scenario_id, scenario_version) references practice.scenario_versions
);
create index attempts_account_updated on practice.attempts (account_id, updated_at desc);

create table practice.decisions (
    id               uuid primary key,
    account_id       uuid        not null,
    number           integer     not null,          -- ADR-style numbering per account: 0001, 0002, ...
    title            text        not null,
    status           text        not null,          -- PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED
    decided_on       date        not null,
    context          text        not null default '',
    drivers          text        not null default '',
    options          text        not null default '',
    outcome          text        not null default '',
    consequences     text        not null default '',
    tags             text[]      not null default '{}',
    topics           text[]      not null default '{}',   -- "roadmap-id/topic-id"
    revisit_on       date,
    revisited_on     date,
    actual_outcome   text        not null default '',
    would_decide_now text        not null default '',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer     not null default 0,
    unique (account_id, number)
);
-- "due for a revisit": an account's records by revisit date
create index decisions_due on practice.decisions (account_id, revisit_on) where revisit_on is not null;
