-- The catalog: the current version of every roadmap, and every version ever published.
create schema if not exists catalog;

create table catalog.roadmaps (
    id           text primary key,
    version      integer     not null check (version >= 1),
    title        text        not null,
    source       text        not null check (source in ('builtin', 'directory', 'upload')),
    file_name    text        not null,
    content_hash text        not null,
    document     jsonb       not null,
    published_at timestamptz not null default now()
);

create table catalog.roadmap_versions (
    roadmap_id   text        not null references catalog.roadmaps (id) on delete cascade,
    version      integer     not null,
    source       text        not null,
    file_name    text        not null,
    content_hash text        not null,
    yaml         text        not null,
    added        jsonb       not null default '[]',
    removed      jsonb       not null default '[]',
    changed      jsonb       not null default '[]',
    published_at timestamptz not null default now(),
    primary key (roadmap_id, version)
);
