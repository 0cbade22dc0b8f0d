-- Team roadmaps: the lead's working copy of each roadmap of a team. What is published lives in the catalog
-- (catalog.roadmaps with the team's id as audience); this row is the draft the lead edits and the file it
-- started from. It belongs to the team, not to a person: no account ids, nothing to export or erase per person.
create table teams.team_roadmaps (
    roadmap_id  text primary key,                     -- unique across teams; checked against the catalog's ids too
    team_id     uuid        not null references teams.teams (id) on delete cascade,
    title       text        not null,
    forked_from text,                                 -- the built-in roadmap's id; null when started empty
    base_yaml   text        not null,                 -- the file it came from, for "Show changes" before a first publish
    draft       text        not null,                 -- the lead's text, saved without publishing
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0,       -- optimistic: a stale save is a conflict
    published_revision integer                        -- the draft's version when it was last published; null before
);
-- a team's roadmaps
create index team_roadmaps_by_team on teams.team_roadmaps (team_id, title);
