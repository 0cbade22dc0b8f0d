-- Scenario attempts already credited as practice time: the event that credits one is delivered at least once
-- (the event publication registry resubmits it after a crash), so a second delivery must credit nothing.
create table learning.credited_attempts (
    attempt_id  uuid primary key,             -- practice.attempts(id)
    account_id  uuid        not null,         -- erased with the account through PersonalData
    credited_at timestamptz not null default now()
);
create index credited_attempts_account on learning.credited_attempts (account_id);
