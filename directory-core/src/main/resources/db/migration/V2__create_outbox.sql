-- Transactional outbox: every change that can alter what the public index shows writes a row in the
-- same transaction, so the search index follows PostgreSQL even when Elasticsearch is down.
-- Triggers rather than application code, because then no write path (beheer, import, a migration,
-- a hand-written UPDATE) can forget it. A row only names the voorziening; the indexer reads its
-- current state and indexes or removes it.

create table outbox (
    id             bigserial primary key,
    voorziening_id uuid        not null,
    aangemaakt_op  timestamptz not null default clock_timestamp(),
    verwerkt_op    timestamptz
);
create index outbox_open_idx on outbox (id) where verwerkt_op is null;

create function outbox_schrijf(voorziening_ids uuid[]) returns void
    language sql as
$$
insert into outbox (voorziening_id)
select v.id
from voorziening v
where v.id = any (voorziening_ids)
  and v.status = 'GEPUBLICEERD';
$$;

-- voorziening itself: also when it leaves GEPUBLICEERD or is deleted, so the index drops it
create function outbox_voorziening() returns trigger
    language plpgsql as
$$
begin
    if (tg_op <> 'DELETE' and new.status = 'GEPUBLICEERD')
        or (tg_op <> 'INSERT' and old.status = 'GEPUBLICEERD') then
        insert into outbox (voorziening_id) values (coalesce(new.id, old.id));
    end if;
    return null;
end;
$$;
create trigger voorziening_outbox
    after insert or update or delete on voorziening
    for each row execute function outbox_voorziening();

-- tables that hang off one voorziening (voorziening_id column)
create function outbox_onderdeel() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'INSERT' then
        perform outbox_schrijf(array [old.voorziening_id]);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.voorziening_id <> old.voorziening_id) then
        perform outbox_schrijf(array [new.voorziening_id]);
    end if;
    return null;
end;
$$;
create trigger voorziening_thema_outbox after insert or update or delete on voorziening_thema
    for each row execute function outbox_onderdeel();
create trigger voorziening_doelgroep_outbox after insert or update or delete on voorziening_doelgroep
    for each row execute function outbox_onderdeel();
create trigger voorziening_kern_outbox after insert or update or delete on voorziening_kern
    for each row execute function outbox_onderdeel();
create trigger voorziening_locatie_outbox after insert or update or delete on voorziening_locatie
    for each row execute function outbox_onderdeel();
create trigger openingstijd_outbox after insert or update or delete on openingstijd
    for each row execute function outbox_onderdeel();

-- shared records whose text appears in many index documents. Arguments: the table that links them to
-- voorzieningen, its voorziening column, and its column referring to the changed row.
create function outbox_gedeeld() returns trigger
    language plpgsql as
$$
declare
    ids uuid[];
begin
    execute format('select array(select %I from %I where %I = $1)', tg_argv[1], tg_argv[0], tg_argv[2])
        into ids using new.id;
    perform outbox_schrijf(ids);
    return null;
end;
$$;
create trigger aanbieder_outbox after update on aanbieder
    for each row execute function outbox_gedeeld('voorziening', 'id', 'aanbieder_id');
create trigger locatie_outbox after update on locatie
    for each row execute function outbox_gedeeld('voorziening_locatie', 'voorziening_id', 'locatie_id');
create trigger thema_outbox after update on thema
    for each row execute function outbox_gedeeld('voorziening_thema', 'voorziening_id', 'thema_id');
create trigger doelgroep_outbox after update on doelgroep
    for each row execute function outbox_gedeeld('voorziening_doelgroep', 'voorziening_id', 'doelgroep_id');

-- kern, gebied and gemeente names are in the documents of every voorziening that serves or sits there
create function outbox_kernen(kern_ids uuid[]) returns void
    language sql as
$$
select outbox_schrijf(array(
        select vk.voorziening_id from voorziening_kern vk where vk.kern_id = any (kern_ids)
        union
        select vl.voorziening_id
        from voorziening_locatie vl
                 join locatie l on l.id = vl.locatie_id
        where l.kern_id = any (kern_ids)));
$$;

create function outbox_kern() returns trigger
    language plpgsql as
$$
begin
    perform outbox_kernen(array [new.id]);
    return null;
end;
$$;
create trigger kern_outbox after update on kern
    for each row execute function outbox_kern();

create function outbox_gebied() returns trigger
    language plpgsql as
$$
begin
    perform outbox_kernen(array(select id from kern where gebied_id = new.id));
    return null;
end;
$$;
create trigger gebied_outbox after update on gebied
    for each row execute function outbox_gebied();

create function outbox_gemeente() returns trigger
    language plpgsql as
$$
begin
    perform outbox_kernen(array(select k.id from kern k join gebied g on g.id = k.gebied_id
                                where g.gemeente_id = new.id));
    return null;
end;
$$;
create trigger gemeente_outbox after update on gemeente
    for each row execute function outbox_gemeente();
