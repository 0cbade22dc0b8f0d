-- Each re-planning of an enrolment: when, and its hours a week and start date before and after.
-- Shown on the plan page; part of the account export; erased with the enrolment.
create table learning.enrollment_changes (
    id            uuid primary key,
    enrollment_id uuid        not null references learning.enrollments (id) on delete cascade,
    changed_at    timestamptz not null default now(),
    from_hours    integer     not null check (from_hours between 1 and 80),
    to_hours      integer     not null check (to_hours between 1 and 80),
    from_start    date        not null,
    to_start      date        not null
);
create index enrollment_changes_enrollment on learning.enrollment_changes (enrollment_id, changed_at);
