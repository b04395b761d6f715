-- A change an AANBIEDER proposes to a voorziening. The published version stays live until a REDACTEUR
-- approves (the proposal is applied and published) or rejects it (with a reason). The proposal is the
-- whole proposed state of the voorziening form as JSON, and the version it was based on.
create table wijzigingsvoorstel (
    id              uuid primary key,
    voorziening_id  uuid         not null references voorziening (id) on delete cascade,
    basis_version   bigint       not null,
    voorstel        jsonb        not null,
    status          varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'GOEDGEKEURD', 'AFGEWEZEN')),
    ingediend_door  varchar(200) not null,
    ingediend_op    timestamptz  not null default now(),
    beoordeeld_door varchar(200),
    beoordeeld_op   timestamptz,
    reden           varchar(1000),
    check (status <> 'AFGEWEZEN' or reden is not null)
);
create index wijzigingsvoorstel_open_idx on wijzigingsvoorstel (ingediend_op) where status = 'OPEN';
create index wijzigingsvoorstel_voorziening_idx on wijzigingsvoorstel (voorziening_id);
