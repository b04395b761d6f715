-- The directory: gemeente > gebied > kern, aanbieders and their voorzieningen, locaties with
-- openingstijden, and the thema/doelgroep taxonomies. Mappable to Open Referral HSDS 3.0:
-- aanbieder = organization, voorziening = service, locatie = location,
-- voorziening_locatie = service_at_location, openingstijd = schedule, thema/doelgroep = taxonomy_term,
-- voorziening_kern = service_area.

create table gemeente (
    id       uuid primary key,
    cbs_code varchar(6)   not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
    naam     varchar(100) not null,
    version  bigint       not null default 0
);

create table gebied (
    id                    uuid primary key,
    gemeente_id           uuid         not null references gemeente (id),
    naam                  varchar(100) not null,
    sociaal_team_telefoon varchar(40),
    sociaal_team_email    varchar(200),
    version               bigint       not null default 0,
    unique (gemeente_id, naam)
);

create table kern (
    id        uuid primary key,
    gebied_id uuid             not null references gebied (id),
    naam      varchar(100)     not null,
    slug      varchar(100)     not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    latitude  double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    version   bigint           not null default 0
);
create index kern_gebied_idx on kern (gebied_id);

create table thema (
    id           uuid primary key default gen_random_uuid(),
    code         varchar(60)  not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    naam         varchar(100) not null,
    omschrijving varchar(500),
    volgorde     integer      not null default 0,
    version      bigint       not null default 0
);

create table doelgroep (
    id           uuid primary key default gen_random_uuid(),
    code         varchar(60)  not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    naam         varchar(100) not null,
    omschrijving varchar(500),
    volgorde     integer      not null default 0,
    version      bigint       not null default 0
);

create table aanbieder (
    id           uuid primary key,
    naam         varchar(200) not null,
    slug         varchar(200) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    rol          varchar(30)  not null check (rol in ('HOOFDAANNEMER', 'PARTNER', 'VRIJWILLIGERSORGANISATIE',
                                                     'BEWONERSINITIATIEF', 'GEMEENTE', 'COMMERCIEEL')),
    omschrijving text,
    website      varchar(500) check (website ~ '^https?://'),
    telefoon     varchar(40),
    email        varchar(200),
    gewijzigd_op timestamptz  not null default now(),
    version      bigint       not null default 0
);

create table voorziening (
    id                   uuid primary key,
    aanbieder_id         uuid         not null references aanbieder (id),
    naam                 varchar(200) not null,
    slug                 varchar(200) not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    korte_omschrijving   varchar(300) not null,
    omschrijving         text         not null,
    soort                varchar(20)  not null check (soort in ('ALGEMEEN', 'COLLECTIEF', 'VOORLIGGEND',
                                                                 'LICHTE_MAATWERK', 'MAATWERK')),
    toegang              varchar(20)  not null check (toegang in ('VRIJ_TOEGANKELIJK', 'AANMELDEN',
                                                                   'VIA_VERWIJZING', 'INDICATIE')),
    kosten               varchar(20)  not null check (kosten in ('GRATIS', 'EIGEN_BIJDRAGE', 'BETAALD')),
    kosten_toelichting   varchar(300),
    telefoon             varchar(40),
    email                varchar(200),
    website              varchar(500) check (website ~ '^https?://'),
    status               varchar(20)  not null default 'CONCEPT'
                                      check (status in ('CONCEPT', 'GEPUBLICEERD', 'GEARCHIVEERD')),
    laatst_gecontroleerd date,
    aangemaakt_op        timestamptz  not null default now(),
    gewijzigd_op         timestamptz  not null default now(),
    version              bigint       not null default 0
);
create index voorziening_aanbieder_idx on voorziening (aanbieder_id);
create index voorziening_status_idx on voorziening (status);

create table voorziening_thema (
    voorziening_id uuid not null references voorziening (id) on delete cascade,
    thema_id       uuid not null references thema (id),
    primary key (voorziening_id, thema_id)
);
create index voorziening_thema_thema_idx on voorziening_thema (thema_id);

create table voorziening_doelgroep (
    voorziening_id uuid not null references voorziening (id) on delete cascade,
    doelgroep_id   uuid not null references doelgroep (id),
    primary key (voorziening_id, doelgroep_id)
);
create index voorziening_doelgroep_doelgroep_idx on voorziening_doelgroep (doelgroep_id);

-- werkgebied: the kernen a voorziening serves
create table voorziening_kern (
    voorziening_id uuid not null references voorziening (id) on delete cascade,
    kern_id        uuid not null references kern (id),
    primary key (voorziening_id, kern_id)
);
create index voorziening_kern_kern_idx on voorziening_kern (kern_id);

create table locatie (
    id                   uuid primary key,
    naam                 varchar(200)     not null,
    straat               varchar(200),
    huisnummer           varchar(20),
    postcode             varchar(7) check (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    plaats               varchar(100),
    kern_id              uuid             not null references kern (id),
    latitude             double precision not null check (latitude between -90 and 90),
    longitude            double precision not null check (longitude between -180 and 180),
    rolstoeltoegankelijk boolean,
    version              bigint           not null default 0
);
create index locatie_kern_idx on locatie (kern_id);

create table voorziening_locatie (
    voorziening_id uuid not null references voorziening (id) on delete cascade,
    locatie_id     uuid not null references locatie (id),
    primary key (voorziening_id, locatie_id)
);
create index voorziening_locatie_locatie_idx on voorziening_locatie (locatie_id);

-- weekdag 1 = maandag ... 7 = zondag (ISO 8601); several periods a day are several rows
create table openingstijd (
    id             uuid primary key default gen_random_uuid(),
    voorziening_id uuid     not null,
    locatie_id     uuid     not null,
    weekdag        smallint not null check (weekdag between 1 and 7),
    opent          time     not null,
    sluit          time     not null,
    check (sluit > opent),
    foreign key (voorziening_id, locatie_id) references voorziening_locatie (voorziening_id, locatie_id)
        on delete cascade
);
create index openingstijd_voorziening_idx on openingstijd (voorziening_id, locatie_id);
