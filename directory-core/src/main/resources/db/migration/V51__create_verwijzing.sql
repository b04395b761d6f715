-- A referral (verwijzing) from a sociaal team to a voorziening; see docs/privacy-verwijzingen.md.
-- Personal data lives only in client_gegevens and berichten, encrypted with AES-GCM by the application
-- (key from configuration, never in the database). Everything else is needed for routing, status and
-- the aggregated overview, and stays after anonymisation.
create table verwijzing (
    id                uuid primary key,
    voorziening_id    uuid        not null references voorziening (id),
    aanbieder_id      uuid        not null references aanbieder (id),
    gebied_id         uuid        not null references gebied (id),
    kern_id           uuid references kern (id),
    verwijzer_id      uuid references gebruiker (id) on delete set null,
    behandelaar_id    uuid references gebruiker (id) on delete set null,
    client_gegevens   bytea,
    berichten         bytea,
    toestemming_op    date,
    urgentie          varchar(10) not null check (urgentie in ('NORMAAL', 'HOOG', 'SPOED')),
    status            varchar(30) not null check (status in ('VERSTUURD', 'INFORMATIE_GEVRAAGD', 'GEACCEPTEERD', 'AFGEWEZEN')),
    verstuurd_op      timestamptz not null default now(),
    gewijzigd_op      timestamptz not null default now(),
    afgesloten_op     timestamptz,
    geanonimiseerd_op timestamptz,
    version           bigint      not null default 0,
    -- consent is required while there is personal data
    check (geanonimiseerd_op is not null or (client_gegevens is not null and toestemming_op is not null))
);
create index verwijzing_gebied_idx on verwijzing (gebied_id, verstuurd_op desc);
create index verwijzing_aanbieder_idx on verwijzing (aanbieder_id, verstuurd_op desc);
create index verwijzing_afgesloten_idx on verwijzing (afgesloten_op) where geanonimiseerd_op is null;

-- Who read or changed which referral, when. No foreign key: the trail outlives the referral and the account.
create table verwijzing_inzage (
    id            bigint generated always as identity primary key,
    verwijzing_id uuid        not null,
    gebruiker_id  uuid        not null,
    rol           varchar(20) not null,
    handeling     varchar(30) not null,
    op            timestamptz not null default now()
);
create index verwijzing_inzage_verwijzing_idx on verwijzing_inzage (verwijzing_id, op);
