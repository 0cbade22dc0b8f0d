-- Team roadmaps: a roadmap may belong to an audience (a team's id, opaque to the catalog). Null is public:
-- the catalog's list, pages and API show it to everyone. An audience's roadmap is shown only to the
-- people the audience names (catalog.RoadmapAudiences) and is never in the public list.
alter table catalog.roadmaps add column audience uuid;

alter table catalog.roadmaps drop constraint roadmaps_source_check;
alter table catalog.roadmaps add constraint roadmaps_source_check
    check (source in ('builtin', 'directory', 'upload', 'team'));

-- the public list stays one indexed read: only public rows, in the order it is shown
create index roadmaps_public_by_title on catalog.roadmaps (title, id) where audience is null;
-- an audience's roadmaps
create index roadmaps_by_audience on catalog.roadmaps (audience, title) where audience is not null;
