-- What only professionals (and beheer) see about a voorziening: how to reach the team behind it, how to
-- refer, how long the wait is. A separate table, not columns on voorziening, so the public read model
-- (VoorzieningWeergaveReader), the index documents and the public API cannot pick these fields up by accident.
create table voorziening_professioneel (
    voorziening_id   uuid primary key references voorziening (id) on delete cascade,
    telefoon_intern  varchar(40),
    email_intern     varchar(200),
    aanmeldprocedure varchar(2000),
    wachttijd        varchar(200),
    capaciteit       varchar(200),
    notities         varchar(2000),
    gewijzigd_op     timestamptz not null default now(),
    version          bigint      not null default 0
);
