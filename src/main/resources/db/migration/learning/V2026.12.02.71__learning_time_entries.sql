-- The time log becomes editable: a version for optimistic locking, and where an entry came from.
-- An entry with no scenario was typed by the learner; one with a scenario was credited by an attempt
-- at it (the title is kept as it was then, so the log still reads right after the scenario changes).
alter table learning.time_entries
    add column version        integer not null default 0,
    add column scenario_id    text,
    add column scenario_title text,
    add constraint time_entries_scenario_titled check (scenario_id is null or scenario_title is not null);
