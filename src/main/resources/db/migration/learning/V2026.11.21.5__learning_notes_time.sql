-- Private notes and personal links per topic, and the time log.
create table learning.topic_notes (
    enrollment_id uuid        not null references learning.enrollments (id) on delete cascade,
    topic_id      text        not null,
    body          text        not null,
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    primary key (enrollment_id, topic_id)
);

create table learning.topic_links (
    id            uuid primary key,
    enrollment_id uuid        not null references learning.enrollments (id) on delete cascade,
    topic_id      text        not null,
    title         text        not null,
    url           text        not null,
    created_at    timestamptz not null default now()
);
create index topic_links_topic on learning.topic_links (enrollment_id, topic_id);

create table learning.time_entries (
    id            bigint generated always as identity primary key,
    enrollment_id uuid        not null references learning.enrollments (id) on delete cascade,
    topic_id      text,
    day           date        not null,
    minutes       integer     not null check (minutes between 1 and 1440),
    kind          text        not null check (kind in ('THEORY', 'PRACTICE', 'COMMUNITY')),
    created_at    timestamptz not null default now()
);
-- this week's hours and a day's total read by index
create index time_entries_day on learning.time_entries (enrollment_id, day);
