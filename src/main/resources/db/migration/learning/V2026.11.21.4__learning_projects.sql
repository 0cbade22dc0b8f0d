-- Project work: started, then submitted with a repository, an optional live address, a write-up and a self-review.
create table learning.project_work (
    enrollment_id  uuid        not null references learning.enrollments (id) on delete cascade,
    project_id     text        not null,
    status         text        not null check (status in ('STARTED', 'SUBMITTED')),
    started_on     date        not null,
    submitted_on   date,
    repository_url text        not null default '',
    live_url       text        not null default '',
    write_up       text        not null default '',
    self_review    text[]      not null default '{}',   -- MET, PARTLY or NOT_YET per rubric line, in order
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    primary key (enrollment_id, project_id)
);
