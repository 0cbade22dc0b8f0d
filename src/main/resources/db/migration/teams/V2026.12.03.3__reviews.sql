-- Reviews: a member asks their team to review one of their own things (a submitted project, a decision record,
-- a finished scenario attempt, or a checkpoint to sign off). The request waits in the team's mentor queue while
-- OPEN; a mentor or lead answers in a thread of entries (comments, rubric scores, a verdict), the member sends a
-- next iteration after "changes requested". One request per item is open at a time.
create table teams.reviews (
    id            uuid        primary key,
    team_id       uuid        not null references teams.teams (id) on delete cascade,
    member_id     uuid        not null,
    kind          text        not null check (kind in ('PROJECT', 'DECISION', 'ATTEMPT', 'CHECKPOINT')),
    item          text        not null,   -- the item's reference: "enrolment/project", a decision or attempt id, "enrolment/checkpoint"
    title         text        not null,
    roadmap_id    text,                   -- projects and checkpoints: the roadmap they belong to
    state         text        not null check (state in ('OPEN', 'CHANGES_REQUESTED', 'APPROVED', 'SIGNED_OFF', 'DECLINED')),
    iteration     integer     not null default 1,
    requested_at  timestamptz not null,
    waiting_since timestamptz not null,   -- since when it waits for a mentor (the last iteration)
    decided_at    timestamptz,
    decided_by    text,                   -- the name of who signed off, approved or declined, as it was then
    version       integer     not null default 0
);
create unique index reviews_one_open_per_item on teams.reviews (member_id, kind, item) where state in ('OPEN', 'CHANGES_REQUESTED');
create index reviews_queue on teams.reviews (team_id, waiting_since) where state = 'OPEN';
create index reviews_by_team on teams.reviews (team_id, requested_at);
create index reviews_by_member on teams.reviews (member_id, requested_at);

create table teams.review_entries (
    id          uuid        primary key,
    review_id   uuid        not null references teams.reviews (id) on delete cascade,
    author_id   uuid,                     -- null once its author's account is erased ("a former mentor")
    kind        text        not null check (kind in ('ITERATION', 'COMMENT', 'SCORES', 'VERDICT')),
    iteration   integer     not null,
    body        text        not null default '',   -- Markdown: the comment, the note of an iteration, a verdict's reason
    content     text        not null default '',   -- ITERATION: the item as it was sent (Markdown)
    scores      integer[]   not null default '{}', -- SCORES: one per rubric line, in order
    verdict     text,                              -- VERDICT: APPROVED, CHANGES_REQUESTED, SIGNED_OFF or DECLINED
    created_at  timestamptz not null
);
create index review_entries_thread on teams.review_entries (review_id, created_at);
create index review_entries_author on teams.review_entries (author_id) where author_id is not null;
