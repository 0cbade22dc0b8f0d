-- When a learner studies (days of the week and a start time), for the calendar's timed sessions.
create table planning.study_schedules (
    enrollment_id uuid primary key,          -- learning.enrollments(id)
    account_id    uuid        not null,      -- erased with the account through PersonalData
    days          text        not null,      -- e.g. MONDAY,WEDNESDAY,SATURDAY
    start_time    time        not null,
    updated_at    timestamptz not null default now()
);
create index study_schedules_account on planning.study_schedules (account_id);
