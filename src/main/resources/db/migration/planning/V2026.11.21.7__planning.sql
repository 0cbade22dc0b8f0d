-- Weeks off (holidays) per enrolment, and the secret calendar feed of the plan.
create schema if not exists planning;

create table planning.weeks_off (
    enrollment_id uuid not null,   -- learning.enrollments(id)
    account_id    uuid not null,   -- erased with the account through PersonalData
    monday        date not null,
    primary key (enrollment_id, monday)
);

create table planning.calendar_feeds (
    enrollment_id uuid primary key,
    account_id    uuid        not null,
    token_hash    text        not null unique,   -- SHA-256 of the secret in the feed's address
    created_at    timestamptz not null default now()
);
create index calendar_feeds_account on planning.calendar_feeds (account_id);
