-- Audit trail of every change to the aanbod, written by triggers (like the outbox, ADR 0002 and 0005) so
-- no write path (beheer, import, a hand-written UPDATE) can skip it. "Who" comes from the transaction-local
-- setting sociale_kaart.gebruiker (set by AuditGebruiker); without it the change is recorded as 'systeem'.
create table audit (
    id             bigserial primary key,
    tabel          varchar(40)  not null,
    actie          varchar(10)  not null check (actie in ('INSERT', 'UPDATE', 'DELETE')),
    rij_id         text,
    voorziening_id uuid,
    gebruiker      varchar(200) not null,
    tijdstip       timestamptz  not null default clock_timestamp(),
    voor           jsonb,
    na             jsonb
);
create index audit_voorziening_idx on audit (voorziening_id, id) where voorziening_id is not null;
create index audit_rij_idx on audit (tabel, rij_id, id);

create function audit_schrijf() returns trigger
    language plpgsql as
$$
declare
    voor jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    na   jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    rij  jsonb := coalesce(na, voor);
begin
    if tg_op = 'UPDATE' and voor = na then
        return null; -- nothing changed
    end if;
    insert into audit (tabel, actie, rij_id, voorziening_id, gebruiker, voor, na)
    values (tg_table_name, tg_op,
            coalesce(rij ->> 'id', rij ->> 'voorziening_id'),
            case when tg_table_name = 'voorziening' then (rij ->> 'id')::uuid
                 else (rij ->> 'voorziening_id')::uuid end,
            coalesce(nullif(current_setting('sociale_kaart.gebruiker', true), ''), 'systeem'),
            voor, na);
    return null;
end;
$$;

create trigger voorziening_audit after insert or update or delete on voorziening
    for each row execute function audit_schrijf();
create trigger aanbieder_audit after insert or update or delete on aanbieder
    for each row execute function audit_schrijf();
create trigger locatie_audit after insert or update or delete on locatie
    for each row execute function audit_schrijf();
create trigger openingstijd_audit after insert or update or delete on openingstijd
    for each row execute function audit_schrijf();
create trigger voorziening_thema_audit after insert or update or delete on voorziening_thema
    for each row execute function audit_schrijf();
create trigger voorziening_doelgroep_audit after insert or update or delete on voorziening_doelgroep
    for each row execute function audit_schrijf();
create trigger voorziening_kern_audit after insert or update or delete on voorziening_kern
    for each row execute function audit_schrijf();
create trigger voorziening_locatie_audit after insert or update or delete on voorziening_locatie
    for each row execute function audit_schrijf();
