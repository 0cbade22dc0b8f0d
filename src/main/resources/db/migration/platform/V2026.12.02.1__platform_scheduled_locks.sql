-- ShedLock: a scheduled job takes its row before it runs, so with several instances it runs once.
create schema if not exists platform;
create table platform.shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
