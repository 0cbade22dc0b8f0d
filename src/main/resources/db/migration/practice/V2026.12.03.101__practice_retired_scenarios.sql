-- Built-in scenarios that a release no longer ships: kept (attempts at them still show the text they
-- were answered against, and exports that hold them can be imported), but out of the library and
-- closed to new attempts. Publishing the id again brings it back.
create table practice.retired_scenarios (
    scenario_id text primary key,
    retired_at  timestamptz not null default now()
);
