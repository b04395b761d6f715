-- The base taxonomies every installation starts with; beheerders can extend them.
insert into thema (code, naam, omschrijving, volgorde)
values ('geld-en-schulden', 'Geld en schulden', 'Hulp bij rekeningen, formulieren, schulden en geldzorgen', 1),
       ('ontmoeting', 'Ontmoeting en meedoen', 'Andere mensen ontmoeten, samen iets doen, minder alleen zijn', 2),
       ('mantelzorg', 'Mantelzorg', 'Steun voor wie zorgt voor een naaste', 3),
       ('wonen-en-huishouden', 'Wonen en huishouden', 'Hulp in en om het huis: klussen, wassen, schoonmaken', 4),
       ('vervoer', 'Vervoer en hulpmiddelen', 'Op weg kunnen: vervoer, scootmobiel, rolstoel', 5),
       ('opvoeden-en-opgroeien', 'Opvoeden en opgroeien', 'Vragen over kinderen, jongeren en opvoeden', 6),
       ('werk-en-dagbesteding', 'Werk en dagbesteding', 'Werk zoeken, een zinvolle dag, leren', 7),
       ('gezondheid', 'Gezondheid en welzijn', 'Je goed voelen, bewegen, gezond blijven', 8),
       ('eten', 'Eten en boodschappen', 'Maaltijden, boodschappen, voedselhulp', 9),
       ('vrijwilligerswerk', 'Vrijwilligerswerk', 'Zelf vrijwilliger worden of een vrijwilliger vinden', 10),
       ('veiligheid', 'Veiligheid en huiselijk geweld', 'Veilig thuis en in de buurt', 11),
       ('advies', 'Advies en informatie', 'Vragen over regels, voorzieningen en digitale zaken', 12);

insert into doelgroep (code, naam, volgorde)
values ('kinderen', 'Kinderen', 1),
       ('jongeren', 'Jongeren', 2),
       ('ouders', 'Ouders en opvoeders', 3),
       ('volwassenen', 'Volwassenen', 4),
       ('ouderen', 'Ouderen', 5),
       ('mantelzorgers', 'Mantelzorgers', 6),
       ('mensen-met-een-beperking', 'Mensen met een beperking', 7),
       ('nieuwkomers', 'Nieuwkomers', 8),
       ('vrijwilligers', 'Vrijwilligers', 9),
       ('iedereen', 'Iedereen', 10);
