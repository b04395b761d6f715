-- "Klopt er iets niet?": a resident's report of an error on a detail page, without an account. It waits in
-- beheer's queue until someone handles it (afgehandeld_op/afgehandeld_door). The reporter's contact e-mail is
-- optional; no IP address or anything else that identifies the sender is kept.
create table melding (
    id               uuid primary key,
    voorziening_id   uuid          not null references voorziening (id) on delete cascade,
    toelichting      varchar(2000) not null check (length(btrim(toelichting)) > 0),
    contact_email    varchar(200),
    ontvangen_op     timestamptz   not null default now(),
    afgehandeld_op   timestamptz,
    afgehandeld_door varchar(200),
    version          bigint        not null default 0,
    check ((afgehandeld_op is null) = (afgehandeld_door is null))
);
create index melding_open_idx on melding (ontvangen_op) where afgehandeld_op is null;
create index melding_voorziening_idx on melding (voorziening_id);
