-- The learner's journey: enrolments and per-topic progress, keyed by roadmap and topic ids (never versions).
create schema if not exists learning;

create table learning.enrollments (
    id           uuid primary key,
    account_id   uuid        not null,  -- accounts.accounts(id); erased with the account through PersonalData
    roadmap_id   text        not null,
    start_date   date        not null,
    weekly_hours integer     not null check (weekly_hours between 1 and 80),
    status       text        not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'LEFT')),
    created_at   timestamptz not null default now(),
    version      integer     not null default 0,
    constraint enrollments_one_per_roadmap unique (account_id, roadmap_id)
);
create index enrollments_account on learning.enrollments (account_id);

create table learning.topic_progress (
    enrollment_id  uuid        not null references learning.enrollments (id) on delete cascade,
    topic_id       text        not null,
    status         text        not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'LEARNING', 'DONE', 'SKIPPED')),
    proficiency    text        not null default 'NONE' check (proficiency in ('NONE', 'AWARE', 'WORKING', 'PROFICIENT', 'EXPERT')),
    by_assessment  boolean     not null default false,
    started_on     date,
    done_on        date,
    review_step    integer,
    review_due     date,
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    primary key (enrollment_id, topic_id)
);
-- "due for review" lists read by index, not by scanning every learner's topics
create index topic_progress_review_due on learning.topic_progress (enrollment_id, review_due) where review_due is not null;
