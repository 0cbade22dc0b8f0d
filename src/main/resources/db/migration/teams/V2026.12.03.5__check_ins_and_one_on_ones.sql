-- Check-ins on the ladder: a member's self-assessment and a mentor's assessment of the same topics (one phase
-- of a roadmap the member follows), side by side once both are in, and the level they agree on. Titles are
-- kept as they were on the day, so the history stays readable when a roadmap changes.
create table teams.check_ins (
    id                    uuid primary key,
    team_id               uuid        not null references teams.teams (id) on delete cascade,
    member_id             uuid        not null,
    assessor_id           uuid,                        -- null once the assessor's account is erased: "a former mentor"
    roadmap_id            text        not null,
    roadmap_title         text        not null,
    phase_id              text        not null,
    phase_title           text        not null,
    opened_at             timestamptz not null,
    member_submitted_at   timestamptz,
    assessor_submitted_at timestamptz,
    agreed_level          text check (agreed_level in ('JUNIOR', 'INTERMEDIATE', 'SENIOR', 'EXPERT')),
    agreed_note           text,
    agreed_at             timestamptz,
    version               integer     not null default 0,
    check ((agreed_at is null) = (agreed_level is null))
);
-- a member's history in a team, newest first; at most one open check-in per member and team
create index check_ins_by_member on teams.check_ins (team_id, member_id, opened_at desc);
create unique index check_ins_one_open on teams.check_ins (team_id, member_id) where agreed_at is null;
-- erasure and export by person
create index check_ins_by_member_account on teams.check_ins (member_id);
create index check_ins_by_assessor on teams.check_ins (assessor_id);

create table teams.check_in_topics (
    check_in_id    uuid    not null references teams.check_ins (id) on delete cascade,
    position       integer not null,
    topic_id       text    not null,
    title          text    not null,
    self_level     text check (self_level in ('NONE', 'AWARE', 'WORKING', 'PROFICIENT', 'EXPERT')),
    assessor_level text check (assessor_level in ('NONE', 'AWARE', 'WORKING', 'PROFICIENT', 'EXPERT')),
    primary key (check_in_id, topic_id)
);

-- 1:1 notes: private to two people of a team, at least one of them a mentor or lead. The pair is stored
-- smaller id first, so both find the same thread.
create table teams.one_on_one_notes (
    id         uuid primary key,
    team_id    uuid        not null references teams.teams (id) on delete cascade,
    person_a   uuid        not null,
    person_b   uuid        not null,
    author_id  uuid        not null,
    body       text        not null,
    written_at timestamptz not null,
    updated_at timestamptz not null,
    version    integer     not null default 0,
    check (person_a < person_b)
);
create index one_on_ones_by_pair on teams.one_on_one_notes (team_id, person_a, person_b, written_at);
create index one_on_ones_by_a on teams.one_on_one_notes (person_a);
create index one_on_ones_by_b on teams.one_on_one_notes (person_b);
