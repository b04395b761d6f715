-- What a geocoder can tell about a locatie besides its point: the BAG id of its address (the
-- nummeraanduiding, or the adresseerbaar object when PDOK gives only that) and the CBS wijk and buurt
-- it lies in. All optional: the offline gazetteer knows none of them.
alter table locatie
    add column bag_id    varchar(16) check (bag_id ~ '^[0-9]{16}$'),
    add column wijkcode  varchar(10) check (wijkcode ~ '^WK[0-9]{6}$'),
    add column buurtcode varchar(10) check (buurtcode ~ '^BU[0-9]{8}$');

-- the gazetteer looks locaties up by postcode, with or without its space, and by its first four digits
create index locatie_postcode_idx on locatie (replace(postcode, ' ', '') text_pattern_ops);
