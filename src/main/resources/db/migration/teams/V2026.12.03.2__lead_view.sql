-- What each member lets the team see, the roadmaps leads assign, and who left a team (for the activity feed).
-- Privacy and assignments hang off the membership: leaving a team deletes them in the same statement,
-- so no access outlives the membership that granted it.

create table teams.privacy (
    team_id           uuid    not null,
    account_id        uuid    not null,
    share_progress    boolean not null default true,   -- level, shares per phase, matrix, last activity, feed
    share_plan        boolean not null default true,   -- weeks ahead of or behind the plan
    share_checkpoints boolean not null default true,   -- next checkpoint and its state
    version           integer not null default 0,
    primary key (team_id, account_id),                  -- also "a team's privacy settings" (one read per overview)
    foreign key (team_id, account_id) references teams.memberships (team_id, account_id) on delete cascade
);

create table teams.assignments (
    id           uuid primary key,
    team_id      uuid        not null,
    account_id   uuid        not null,                  -- the member it is assigned to
    roadmap_id   text        not null,                  -- a built-in roadmap (catalog)
    start_date   date        not null,
    weekly_hours integer     not null check (weekly_hours between 1 and 80),
    assigned_by  uuid,                                  -- the lead; null once that account is erased
    assigned_at  timestamptz not null default now(),
    state        text        not null default 'OPEN' check (state in ('OPEN', 'ENROLLED', 'KEPT', 'DECLINED')),
    answered_at  timestamptz,
    version      integer     not null default 0,
    foreign key (team_id, account_id) references teams.memberships (team_id, account_id) on delete cascade
);
-- a team's assignments (the lead's list), a member's assignments (their pages, export, erasure), a lead's (erasure)
create index assignments_by_team on teams.assignments (team_id, assigned_at desc);
create index assignments_by_member on teams.assignments (account_id, team_id);
create index assignments_by_lead on teams.assignments (assigned_by);
-- at most one open assignment of a roadmap per member and team
create unique index assignments_one_open on teams.assignments (team_id, account_id, roadmap_id) where state = 'OPEN';

create table teams.departures (
    team_id    uuid        not null references teams.teams (id) on delete cascade,
    account_id uuid        not null,                    -- erased with the account (PersonalData)
    left_at    timestamptz not null,
    removed    boolean     not null default false
);
-- the feed reads a team's latest departures; erasure finds an account's
create index departures_by_team on teams.departures (team_id, left_at desc);
create index departures_by_account on teams.departures (account_id);
