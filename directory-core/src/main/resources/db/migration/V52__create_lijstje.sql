-- A shortlist a professional makes for a client: only voorziening ids, never personal data, so it can be
-- opened by anyone with its short code (the link or QR code on the printout). Immutable: adding makes a new one.
create table lijstje (
    code            varchar(12)   primary key check (code ~ '^[a-z2-9]{10}$'),
    voorziening_ids varchar(2000) not null,
    aangemaakt_op   timestamptz   not null default now()
);
