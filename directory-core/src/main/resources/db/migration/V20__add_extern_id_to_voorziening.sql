-- The key a source system (a spreadsheet, an aanbieder's own registration) gives a voorziening, so a
-- second import of the same file updates the entries instead of adding them again. Unique over the whole
-- directory: an import may contain voorzieningen of several aanbieders, and moving one to another
-- aanbieder must not turn it into a new one. Entries made in beheer have none until exported once.
alter table voorziening add column extern_id varchar(100);
alter table voorziening add constraint voorziening_extern_id_uniek unique (extern_id);
