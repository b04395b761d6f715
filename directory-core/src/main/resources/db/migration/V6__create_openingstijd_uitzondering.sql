-- Exceptions to the weekly openingstijden: a public holiday, a closure for a verbouwing, different hours
-- during a holiday week. One row covers the days van..tot (inclusive). Without opent/sluit the
-- voorziening is closed on those days; with them, those are the hours instead of the weekly ones.
-- locatie_id null means: every locatie of the voorziening.
create table openingstijd_uitzondering (
    id             uuid primary key default gen_random_uuid(),
    voorziening_id uuid         not null references voorziening (id) on delete cascade,
    locatie_id     uuid references locatie (id) on delete cascade,
    van            date         not null,
    tot            date         not null,
    opent          time,
    sluit          time,
    reden          varchar(200) not null,
    version        bigint       not null default 0,
    check (tot >= van),
    check ((opent is null and sluit is null) or (opent is not null and sluit is not null and sluit > opent))
);
create index openingstijd_uitzondering_voorziening_idx on openingstijd_uitzondering (voorziening_id, tot);
