-- A checkpoint signed off by a mentor or lead (recorded by the teams module through Learning's API, so that
-- learning never depends on teams): who signed it off, on which day, and the evidence it was signed off on.
-- A new sign-off of the same checkpoint replaces the old one. Goes with the enrolment (export, erasure).
create table learning.checkpoint_signoffs (
    enrollment_id uuid        not null references learning.enrollments (id) on delete cascade,
    checkpoint_id text        not null,
    signed_by     text        not null,
    signed_on     date        not null,
    evidence      text        not null default '',
    recorded_at   timestamptz not null default now(),
    primary key (enrollment_id, checkpoint_id)
);
