-- The systems lab: every run a learner made of a model (built-in, changed by its knobs), with what
-- they predicted before running it and what it measured, so runs can be compared and predictions
-- calibrated over time. The full result is kept as JSON (ascent's own record, read back whole).
create schema if not exists lab;

create table lab.runs (
    id                   uuid primary key,
    account_id           uuid             not null,  -- erased with the account through PersonalData
    model_id             text             not null,
    model_title          text             not null,
    changes              jsonb            not null,  -- knob -> value the learner changed, in form order
    seed                 bigint           not null,
    predicted_p99_ms     double precision,
    predicted_bottleneck text,
    p99_ms               double precision not null,
    error_ratio          double precision not null,
    bottleneck           text,
    minutes              integer          not null,  -- credited as practice on the model's topics
    result               jsonb,                      -- null for a run restored from an export (numbers, no series)
    created_at           timestamptz      not null default now()
);
create index runs_by_account on lab.runs (account_id, created_at desc);

-- bucket4j's token buckets: runs a person may start, shared by every instance
create table lab.run_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index run_buckets_expiry on lab.run_buckets (expires_at);
