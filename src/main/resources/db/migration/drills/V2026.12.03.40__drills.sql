-- Incident drills: each play of a drill, the log of what people did in it (looks, acknowledgements, actions,
-- a game master's hints and injected faults), and the debrief written after it. A play is replayed from its seed,
-- its drawn fault times and its log, so nothing of the simulation itself is stored.
create schema if not exists drills;

create table drills.plays (
    id             uuid primary key,
    account_id     uuid             not null,  -- the on-call; erased with the account through PersonalData
    game_master_id uuid,                       -- a mentor of the team who runs it, or null for a play alone
    team_id        uuid,
    drill_id       text             not null,
    drill_title    text             not null,
    drill_version  integer          not null,
    seed           bigint           not null,
    fault_times    jsonb            not null,  -- fault id -> second it starts in this play
    speed          double precision not null,  -- simulated seconds per wall second
    clock_seconds  double precision not null,  -- simulated time reached at clock_at
    clock_at       timestamptz      not null,
    paused         boolean          not null,
    state          text             not null check (state in ('running', 'recovered', 'timed-out', 'abandoned')),
    result         jsonb,                      -- the numbers once it has ended
    detect_seconds double precision,           -- from the first fault to detection, for the history
    mitigate_seconds double precision,
    failed         bigint,
    started_at     timestamptz      not null,
    ended_at       timestamptz,
    version        integer          not null default 0
);
create index plays_by_account on drills.plays (account_id, started_at desc);
create index plays_by_game_master on drills.plays (game_master_id, started_at desc) where game_master_id is not null;

create table drills.play_log (
    play_id   uuid             not null references drills.plays on delete cascade,
    seq       integer          not null,
    at_second double precision not null,
    kind      text             not null check (kind in ('look', 'ack', 'action', 'hint', 'inject')),
    ref       text,
    detail    text,
    actor_id  uuid             not null,
    at        timestamptz      not null,
    primary key (play_id, seq)
);

create table drills.debriefs (
    play_id          uuid primary key references drills.plays on delete cascade,
    account_id       uuid        not null,
    fields           jsonb       not null,  -- the postmortem's sections, by name
    journal_entry_id uuid,                  -- the copy kept in the learner's journal
    updated_at       timestamptz not null,
    version          integer     not null default 0
);
create index debriefs_by_account on drills.debriefs (account_id);
