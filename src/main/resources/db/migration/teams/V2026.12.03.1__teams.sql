-- Teams: a team, its members with their roles, and the invitations its leads send. Account ids are
-- not foreign keys into another module's schema: erasing an account goes through PersonalData.
create schema if not exists teams;

create table teams.teams (
    id         uuid primary key,
    name       text        not null,
    created_at timestamptz not null default now(),
    version    integer     not null default 0      -- optimistic: rename and role changes send the version they read
);

create table teams.memberships (
    team_id    uuid        not null references teams.teams (id) on delete cascade,
    account_id uuid        not null,
    role       text        not null check (role in ('LEAD', 'MENTOR', 'MEMBER')),
    joined_at  timestamptz not null default now(),
    primary key (team_id, account_id)                -- also "a team's members"
);
-- "my teams"
create index memberships_by_account on teams.memberships (account_id, team_id);

create table teams.invitations (
    id                uuid primary key,
    team_id           uuid        not null references teams.teams (id) on delete cascade,
    role              text        not null check (role in ('LEAD', 'MENTOR', 'MEMBER')),
    email             text,                            -- optional: mailed when SMTP is configured
    token_hash        text        not null unique,     -- SHA-256 of the link's secret, shown once to the lead
    mailed_token_hash text unique,                     -- the mailed link's own secret, made when the mail is sent
    created_by        uuid        not null,            -- erased with its author (PersonalData)
    created_at        timestamptz not null default now(),
    expires_at        timestamptz not null,
    used_at           timestamptz,
    used_by           uuid,
    declined_at       timestamptz,
    revoked_at        timestamptz
);
-- a team's open invitations, and an author's invitations (erasure)
create index invitations_by_team on teams.invitations (team_id, created_at);
create index invitations_by_author on teams.invitations (created_by);
create index invitations_by_user on teams.invitations (used_by);
