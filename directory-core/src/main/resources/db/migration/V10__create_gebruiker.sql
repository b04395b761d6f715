-- People who log in to beheer. A password is stored only as an Argon2id hash. An AANBIEDER account belongs
-- to one aanbieder (it edits only that aanbieder's voorzieningen); a PROFESSIONAL belongs to the sociaal
-- team of one gebied.
create table gebruiker (
    id              uuid primary key,
    email           varchar(200) not null,
    naam            varchar(200) not null,
    wachtwoord_hash varchar(200) not null,
    rol             varchar(20)  not null check (rol in ('BEHEERDER', 'REDACTEUR', 'AANBIEDER', 'PROFESSIONAL')),
    aanbieder_id    uuid references aanbieder (id),
    gebied_id       uuid references gebied (id),
    actief          boolean      not null default true,
    aangemaakt_op   timestamptz  not null default now(),
    version         bigint       not null default 0,
    check (rol <> 'AANBIEDER' or aanbieder_id is not null),
    check (rol <> 'PROFESSIONAL' or gebied_id is not null)
);

create unique index gebruiker_email on gebruiker (lower(email));
