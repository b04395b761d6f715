-- The open-data API lists published voorzieningen by name, then id (GET /hsds/services without search), 50 a page
-- and up to page 200: this partial index serves both the order and the count without touching the table.
create index voorziening_gepubliceerd_naam_idx on voorziening (naam, id) where status = 'GEPUBLICEERD';
