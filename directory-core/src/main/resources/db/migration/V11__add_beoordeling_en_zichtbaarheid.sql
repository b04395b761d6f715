-- Beheer's workflow: concept -> ter beoordeling -> gepubliceerd -> gearchiveerd, and a publication window
-- for temporary aanbod. Outside its window a GEPUBLICEERD voorziening is not public (read model and search
-- leave it out); ZichtbaarheidsBewaking puts it in the outbox when its window opens or closes.
alter table voorziening drop constraint voorziening_status_check;
alter table voorziening add constraint voorziening_status_check
    check (status in ('CONCEPT', 'TER_BEOORDELING', 'GEPUBLICEERD', 'GEARCHIVEERD'));

alter table voorziening
    add column zichtbaar_vanaf timestamptz,
    add column zichtbaar_tot   timestamptz,
    add constraint voorziening_zichtbaar_check check (zichtbaar_tot is null or zichtbaar_vanaf is null
        or zichtbaar_tot > zichtbaar_vanaf);

-- is a voorziening inside its publication window now? (no window: always)
create function voorziening_in_venster(vanaf timestamptz, tot timestamptz) returns boolean
    language sql stable as
$$
select (vanaf is null or vanaf <= now()) and (tot is null or tot > now());
$$;

create index voorziening_venster_idx on voorziening (zichtbaar_vanaf, zichtbaar_tot)
    where zichtbaar_vanaf is not null or zichtbaar_tot is not null;
