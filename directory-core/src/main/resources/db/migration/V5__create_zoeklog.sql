-- The anonymous search log: what was searched, with which filters, and how much was found. Input for the
-- gemeente's view of demand the aanbod does not meet (searches that find nothing, per kern). Deliberately no
-- IP address, session, user or browser: nothing here can be traced to a person.
create table zoeklog (
    id                bigserial primary key,
    gezocht_op        timestamptz  not null default now(),
    zoektekst         varchar(200),
    filters           varchar(2000) not null default '',
    kern              varchar(100),
    aantal_resultaten bigint       not null check (aantal_resultaten >= 0),
    bron              varchar(10)  not null check (bron in ('PAGINA', 'API'))
);
create index zoeklog_gezocht_op_idx on zoeklog (gezocht_op);
create index zoeklog_kern_idx on zoeklog (kern, gezocht_op);
