package nl.socialekaart.directory.uitwisseling;

import nl.socialekaart.directory.redactie.AuditGebruiker;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.geocodering.GeocodeerResultaat;
import nl.socialekaart.directory.geocodering.Geocoder;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports HSDS data into our model: ndjson (a fully nested service per line, as {@link HsdsExport#ndjson} writes)
 * or a tabular data package (zip of CSV files, as {@link HsdsExport#tabular} writes, or any HSDS package with those
 * file names). HSDS to ours: service = voorziening (upserted by id), organization = aanbieder, location = locatie,
 * service_at_location schedules = openingstijden, taxonomy terms = thema/doelgroep (by our id, code or name),
 * service_area = werkgebied (by the profile's kern, or a kern of that name). The HSDS-NL profile fields (soort,
 * toegang, kosten, korte_omschrijving, kern, gemeente, BAG id, wijk/buurt) are used when present; without them
 * defaults are assumed and reported as warnings.
 *
 * <p>All in one transaction with a savepoint per service, so every error of every record is reported; a dry run, or
 * any error, rolls everything back: never half an import.
 */
@Singleton
public class HsdsImport {

    public enum Formaat { NDJSON, TABULAR }

    private static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3} ?[A-Z]{2}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://\\S+$");
    private static final Pattern BAG = Pattern.compile("^[0-9]{16}$");
    private static final Pattern WIJK = Pattern.compile("^WK[0-9]{6}$");
    private static final Pattern BUURT = Pattern.compile("^BU[0-9]{8}$");
    private static final Pattern CBS = Pattern.compile("^GM[0-9]{4}$");

    private final DataSource dataSource;
    private final JsonMapper jsonMapper;
    private final HsdsTermen termen;
    private final Geocoder geocoder;

    public HsdsImport(DataSource dataSource, JsonMapper jsonMapper, HsdsTermen termen, Geocoder geocoder) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.jsonMapper = jsonMapper;
        this.termen = termen;
        this.geocoder = geocoder;
    }

    /** {@code door}: the person the audit trail names for every change. */
    public ImportRapport importeer(InputStream in, Formaat formaat, boolean proefdraai, String door) {
        List<Map<String, Object>> services = new ArrayList<>();
        List<ImportRapport.Melding> leesfouten = new ArrayList<>();
        switch (formaat) {
            case NDJSON -> leesNdjson(in, services, leesfouten);
            case TABULAR -> services.addAll(TabulairePakket.services(leesZip(in)));
        }
        return schrijf(services, leesfouten, proefdraai, door);
    }

    /** Tables given as rows by file name ({@code services.csv} → rows), as the spec's tabular.json example has them. */
    public ImportRapport importeerTabellen(Map<String, List<Map<String, Object>>> tabellen, boolean proefdraai,
                                           String door) {
        return schrijf(TabulairePakket.services(tabellen), new ArrayList<>(), proefdraai, door);
    }

    private void leesNdjson(InputStream in, List<Map<String, Object>> services, List<ImportRapport.Melding> fouten) {
        try (BufferedReader regels = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String regel;
            int nummer = 0;
            while ((regel = regels.readLine()) != null) {
                nummer++;
                if (regel.isBlank()) {
                    continue;
                }
                try {
                    Map<String, Object> service = jsonMapper.readValue(regel, Argument.mapOf(String.class, Object.class));
                    service.put("@record", "regel " + nummer);
                    services.add(service);
                } catch (IOException | RuntimeException e) {
                    fouten.add(new ImportRapport.Melding("regel " + nummer, null, "geen geldige JSON: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Map<String, Object>>> leesZip(InputStream in) {
        Map<String, List<Map<String, Object>>> tabellen = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String naam = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!naam.endsWith(".csv")) {
                    continue;
                }
                byte[] inhoud = zip.readAllBytes();
                List<Map<String, Object>> rijen = new ArrayList<>();
                try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(inhoud), StandardCharsets.UTF_8))) {
                    for (CSVRecord record : parser) {
                        Map<String, Object> rij = new LinkedHashMap<>();
                        record.toMap().forEach((k, v) -> {
                            if (v != null && !v.isEmpty()) {
                                rij.put(k, v);
                            }
                        });
                        rijen.add(rij);
                    }
                }
                tabellen.put(naam, rijen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tabellen;
    }

    private ImportRapport schrijf(List<Map<String, Object>> services, List<ImportRapport.Melding> fouten, boolean proefdraai, String door) {
        List<ImportRapport.Melding> waarschuwingen = new ArrayList<>();
        Map<String, HsdsTermen.Term> termenOpSleutel = new HashMap<>();
        for (HsdsTermen.Term t : termen.alle()) {
            termenOpSleutel.put(t.id().toString(), t);
            termenOpSleutel.putIfAbsent(t.code().toLowerCase(Locale.ROOT), t);
            termenOpSleutel.putIfAbsent(t.naam().toLowerCase(Locale.ROOT), t);
        }
        java.util.Set<UUID> organisaties = new java.util.HashSet<>();
        java.util.Set<UUID> locaties = new java.util.HashSet<>();
        int geimporteerd = 0;
        boolean geschreven = false;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditGebruiker.zet(c, door);
            try {
                for (Map<String, Object> service : services) {
                    Record record = new Record(service, c, termenOpSleutel, fouten, waarschuwingen);
                    Savepoint savepoint = c.setSavepoint();
                    try {
                        if (record.schrijf(organisaties, locaties)) {
                            geimporteerd++;
                        } else {
                            c.rollback(savepoint);
                        }
                    } catch (SQLException e) {
                        c.rollback(savepoint);
                        fouten.add(new ImportRapport.Melding(record.naam, null, "database weigert: " + e.getMessage()));
                    }
                }
                if (proefdraai || !fouten.isEmpty()) {
                    c.rollback();
                } else {
                    c.commit();
                    geschreven = true;
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Import mislukt", e));
        }
        return new ImportRapport(proefdraai, geschreven, geimporteerd, organisaties.size(), locaties.size(),
                List.copyOf(fouten), List.copyOf(waarschuwingen));
    }

    /** One service and everything hanging from it. */
    private final class Record {

        final Map<String, Object> service;
        final Connection c;
        final Map<String, HsdsTermen.Term> termenOpSleutel;
        final List<ImportRapport.Melding> fouten;
        final List<ImportRapport.Melding> waarschuwingen;
        final String naam;
        private final int foutenVoor;

        Record(Map<String, Object> service, Connection c, Map<String, HsdsTermen.Term> termenOpSleutel,
               List<ImportRapport.Melding> fouten, List<ImportRapport.Melding> waarschuwingen) {
            this.service = service;
            this.c = c;
            this.termenOpSleutel = termenOpSleutel;
            this.fouten = fouten;
            this.waarschuwingen = waarschuwingen;
            Object plek = service.remove("@record");
            this.naam = "service " + (service.get("id") != null ? service.get("id") : plek != null ? plek : "?")
                    + (plek != null && service.get("id") != null ? " (" + plek + ")" : "");
            this.foutenVoor = fouten.size();
        }

        void fout(String veld, String tekst) {
            fouten.add(new ImportRapport.Melding(naam, veld, tekst));
        }

        void waarschuw(String veld, String tekst) {
            waarschuwingen.add(new ImportRapport.Melding(naam, veld, tekst));
        }

        boolean schrijf(java.util.Set<UUID> organisaties, java.util.Set<UUID> locaties) throws SQLException {
            UUID id = uuid(service, "id");
            String naamService = tekst(service, "name");
            if (naamService == null) {
                fout("name", "ontbreekt");
            }
            if (id == null) {
                fout("id", "ontbreekt of is geen UUID");
            }
            Map<String, Object> organisatie = object(service, "organization");
            UUID aanbiederId = organisatie != null ? uuid(organisatie, "id") : uuid(service, "organization_id");
            if (organisatie == null && aanbiederId != null && !bestaat("aanbieder", aanbiederId)) {
                fout("organization_id", "verwijst naar een organisatie die niet in de import of de database staat");
            }
            if (aanbiederId == null) {
                fout("organization", "ontbreekt: elke voorziening hoort bij een aanbieder");
            }
            if (fouten.size() > foutenVoor) {
                return false;
            }
            if (organisatie != null) {
                schrijfAanbieder(aanbiederId, organisatie);
                organisaties.add(aanbiederId);
            }
            schrijfVoorziening(id, aanbiederId, naamService);
            koppelTermen(id);
            koppelWerkgebied(id);
            for (Object o : lijst(service, "service_at_locations")) {
                Map<String, Object> sal = map(o);
                Map<String, Object> locatie = object(sal, "location");
                UUID locatieId = locatie != null ? uuid(locatie, "id") : uuid(sal, "location_id");
                if (locatie == null || locatieId == null) {
                    waarschuw("service_at_locations", "zonder location (met id) overgeslagen");
                    continue;
                }
                if (schrijfLocatie(locatieId, locatie)) {
                    locaties.add(locatieId);
                    execute("insert into voorziening_locatie (voorziening_id, locatie_id) values (?, ?) on conflict do nothing", id, locatieId);
                    for (Object s : lijst(sal, "schedules")) {
                        schrijfOpeningstijd(id, locatieId, map(s));
                    }
                }
            }
            if (!lijst(service, "schedules").isEmpty()) {
                waarschuw("schedules", "openingstijden van de service zelf (niet van een locatie) zijn overgeslagen");
            }
            return fouten.size() == foutenVoor;
        }

        private void schrijfAanbieder(UUID id, Map<String, Object> o) throws SQLException {
            String naamAanbieder = tekst(o, "name");
            if (naamAanbieder == null) {
                fout("organization.name", "ontbreekt");
                return;
            }
            String website = tekst(o, "website");
            if (website != null && !WEBSITE.matcher(website).matches()) {
                waarschuw("organization.website", "geen http(s)-adres, weggelaten: " + website);
                website = null;
            }
            String telefoon = eersteTelefoon(o);
            String slug = uniekeSlug("aanbieder", naamAanbieder, id);
            execute("""
                    insert into aanbieder (id, naam, slug, rol, omschrijving, website, telefoon, email)
                    values (?, ?, ?, 'PARTNER', ?, ?, ?, ?)
                    on conflict (id) do update set naam = excluded.naam, omschrijving = excluded.omschrijving,
                        website = excluded.website, telefoon = excluded.telefoon, email = excluded.email""",
                    id, naamAanbieder, slug, tekst(o, "description"), website, telefoon, tekst(o, "email"));
        }

        private void schrijfVoorziening(UUID id, UUID aanbiederId, String naamService) throws SQLException {
            String omschrijving = tekst(service, "description");
            if (omschrijving == null) {
                waarschuw("description", "ontbreekt; de naam is als omschrijving genomen");
                omschrijving = naamService;
            }
            String kort = tekst(service, "korte_omschrijving");
            if (kort == null) {
                kort = omschrijving.length() <= 300 ? omschrijving : omschrijving.substring(0, 297) + "...";
            }
            Soort soort = enumWaarde(Soort.class, "soort", Soort.ALGEMEEN);
            Toegang toegang = enumWaarde(Toegang.class, "toegang", Toegang.AANMELDEN);
            Kosten kosten = enumWaarde(Kosten.class, "kosten", Kosten.GRATIS);
            String toelichting = tekst(service, "fees_description");
            if (toelichting != null && (toelichting.equals(Labels.kosten(kosten)) || toelichting.length() > 300)) {
                toelichting = toelichting.length() > 300 ? toelichting.substring(0, 297) + "..." : null;
            }
            String website = tekst(service, "url");
            if (website != null && !WEBSITE.matcher(website).matches()) {
                waarschuw("url", "geen http(s)-adres, weggelaten: " + website);
                website = null;
            }
            String status = switch (String.valueOf(tekst(service, "status"))) {
                case "active" -> "GEPUBLICEERD";
                case "inactive", "defunct" -> "GEARCHIVEERD";
                default -> {
                    waarschuw("status", "niet 'active': als concept geïmporteerd");
                    yield "CONCEPT";
                }
            };
            LocalDate gecontroleerd = null;
            String assured = tekst(service, "assured_date");
            if (assured != null) {
                try {
                    gecontroleerd = LocalDate.parse(assured.length() > 10 ? assured.substring(0, 10) : assured);
                } catch (RuntimeException e) {
                    waarschuw("assured_date", "geen datum, weggelaten: " + assured);
                }
            }
            Instant gewijzigd = Instant.now();
            String laatst = tekst(service, "last_modified");
            if (laatst != null) {
                try {
                    gewijzigd = java.time.OffsetDateTime.parse(laatst).toInstant();
                } catch (RuntimeException e) {
                    waarschuw("last_modified", "geen tijdstip, nu genomen: " + laatst);
                }
            }
            String slug = Slug.van(naamService).waarde();
            execute("""
                    insert into voorziening (id, aanbieder_id, naam, slug, korte_omschrijving, omschrijving, soort, toegang,
                        kosten, kosten_toelichting, telefoon, email, website, status, laatst_gecontroleerd, gewijzigd_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set aanbieder_id = excluded.aanbieder_id, naam = excluded.naam,
                        slug = excluded.slug, korte_omschrijving = excluded.korte_omschrijving,
                        omschrijving = excluded.omschrijving, soort = excluded.soort, toegang = excluded.toegang,
                        kosten = excluded.kosten, kosten_toelichting = excluded.kosten_toelichting,
                        telefoon = excluded.telefoon, email = excluded.email, website = excluded.website,
                        status = excluded.status, laatst_gecontroleerd = excluded.laatst_gecontroleerd,
                        gewijzigd_op = excluded.gewijzigd_op, version = voorziening.version + 1""",
                    id, aanbiederId, naamService, slug, kort, omschrijving, soort.name(), toegang.name(), kosten.name(),
                    toelichting, eersteTelefoon(service), tekst(service, "email"), website, status,
                    gecontroleerd == null ? null : Date.valueOf(gecontroleerd), Timestamp.from(gewijzigd));
            // an update replaces the relations: what the import says is what holds
            for (String tabel : List.of("voorziening_thema", "voorziening_doelgroep", "voorziening_kern")) {
                execute("delete from " + tabel + " where voorziening_id = ?", id);
            }
            execute("delete from openingstijd where voorziening_id = ?", id);
            execute("delete from voorziening_locatie where voorziening_id = ?", id);
        }

        private void koppelTermen(UUID id) throws SQLException {
            for (Object o : lijst(service, "attributes")) {
                Map<String, Object> attribuut = map(o);
                Map<String, Object> term = object(attribuut, "taxonomy_term");
                HsdsTermen.Term gevonden = null;
                for (String sleutel : new String[]{tekst(attribuut, "taxonomy_term_id"), term == null ? null : tekst(term, "id"),
                        term == null ? null : tekst(term, "code"), term == null ? null : tekst(term, "name")}) {
                    if (gevonden == null && sleutel != null) {
                        gevonden = termenOpSleutel.get(sleutel.toLowerCase(Locale.ROOT));
                    }
                }
                if (gevonden == null) {
                    waarschuw("attributes", "taxonomieterm niet herkend als thema of doelgroep, overgeslagen: "
                            + (term == null ? tekst(attribuut, "taxonomy_term_id") : tekst(term, "name")));
                    continue;
                }
                String tabel = gevonden.taxonomie().code();
                execute("insert into voorziening_%1$s (voorziening_id, %1$s_id) select ?, id from %1$s where code = ? on conflict do nothing"
                        .formatted(tabel), id, gevonden.code());
            }
        }

        private void koppelWerkgebied(UUID id) throws SQLException {
            for (Object o : lijst(service, "service_areas")) {
                Map<String, Object> gebied = map(o);
                Optional<UUID> kern = kern(gebied, null, "service_areas");
                if (kern.isPresent()) {
                    execute("insert into voorziening_kern (voorziening_id, kern_id) values (?, ?) on conflict do nothing", id, kern.get());
                } else {
                    waarschuw("service_areas", "geen kern herkend in werkgebied '" + tekst(gebied, "name") + "', overgeslagen");
                }
            }
        }

        /**
         * The kern by the profile's slug (created, with its gemeente and gebied, when the profile describes it and it is
         * missing), else a kern of that name; for a locatie also the geocoder's kern or the nearest kern.
         */
        private Optional<UUID> kern(Map<String, Object> object, double[] punt, String veld) throws SQLException {
            String slug = profiel(object, "kern", "slug");
            if (slug != null) {
                Optional<UUID> bestaand = eenUuid("select id from kern where slug = ?", slug);
                if (bestaand.isPresent()) {
                    return bestaand;
                }
                String cbs = profiel(object, "gemeente", "cbs_code");
                String kernNaam = profiel(object, "kern", "naam");
                if (cbs != null && CBS.matcher(cbs).matches() && kernNaam != null) {
                    return Optional.of(maakKern(slug, kernNaam, profiel(object, "kern", "gebied"), cbs,
                            profiel(object, "gemeente", "naam"), punt));
                }
            }
            String naamGebied = profiel(object, "kern", "naam") != null ? profiel(object, "kern", "naam") : tekst(object, "name");
            if (naamGebied != null) {
                Optional<UUID> opNaam = eenUuid("select id from kern where lower(naam) = lower(?) and (select count(*) from kern k2 where lower(k2.naam) = lower(?)) = 1",
                        naamGebied, naamGebied);
                if (opNaam.isPresent()) {
                    return opNaam;
                }
            }
            if (punt != null) {
                Optional<UUID> dichtstbij = eenUuid("select id from kern order by (latitude - ?) * (latitude - ?) + (longitude - ?) * (longitude - ?) limit 1",
                        punt[0], punt[0], punt[1], punt[1]);
                dichtstbij.ifPresent(k -> waarschuw(veld, "geen kern in het profiel; de dichtstbijzijnde kern is genomen"));
                return dichtstbij;
            }
            return Optional.empty();
        }

        private UUID maakKern(String slug, String naam, String gebied, String cbs, String gemeenteNaam, double[] punt) throws SQLException {
            UUID gemeente = eenUuid("select id from gemeente where cbs_code = ?", cbs).orElse(null);
            if (gemeente == null) {
                gemeente = UUID.randomUUID();
                execute("insert into gemeente (id, cbs_code, naam) values (?, ?, ?)", gemeente, cbs, gemeenteNaam == null ? cbs : gemeenteNaam);
            }
            String gebiedNaam = gebied == null ? naam : gebied;
            UUID gebiedId = eenUuid("select id from gebied where gemeente_id = ? and naam = ?", gemeente, gebiedNaam).orElse(null);
            if (gebiedId == null) {
                gebiedId = UUID.randomUUID();
                execute("insert into gebied (id, gemeente_id, naam) values (?, ?, ?)", gebiedId, gemeente, gebiedNaam);
            }
            UUID kern = UUID.randomUUID();
            // the kern's centroid is not in HSDS: the first locatie's point, else the middle of the Netherlands
            double[] centrum = punt != null ? punt : new double[]{52.1326, 5.2913};
            execute("insert into kern (id, gebied_id, naam, slug, latitude, longitude) values (?, ?, ?, ?, ?, ?)",
                    kern, gebiedId, naam, slug, centrum[0], centrum[1]);
            return kern;
        }

        private boolean schrijfLocatie(UUID id, Map<String, Object> l) throws SQLException {
            Double lat = getal(l, "latitude");
            Double lon = getal(l, "longitude");
            Map<String, Object> adres = lijst(l, "addresses").isEmpty() ? null : map(lijst(l, "addresses").getFirst());
            String postcode = adres == null ? null : tekst(adres, "postal_code");
            if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
                waarschuw("location.addresses.postal_code", "geen Nederlandse postcode, weggelaten: " + postcode);
                postcode = null;
            }
            String[] straatNummer = straatEnNummer(adres == null ? null : tekst(adres, "address_1"));
            if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                Optional<GeocodeerResultaat> plek = Optional.empty();
                String zoek = postcode != null ? postcode + (straatNummer[1] == null ? "" : " " + straatNummer[1]) : null;
                if (zoek != null) {
                    plek = geocoder.zoek(zoek);
                }
                if (plek.isEmpty()) {
                    waarschuw("location", "locatie '" + tekst(l, "name") + "' heeft geen bruikbare coördinaten ("
                            + lat + ", " + lon + ") en het adres is niet te vinden: overgeslagen");
                    return false;
                }
                lat = plek.get().punt().lat();
                lon = plek.get().punt().lon();
            }
            double[] punt = {lat, lon};
            Optional<UUID> kern = kern(l, punt, "location");
            if (kern.isEmpty()) {
                fout("location", "geen kern gevonden voor locatie '" + tekst(l, "name") + "'");
                return false;
            }
            String naamLocatie = tekst(l, "name") != null ? tekst(l, "name") : straatNummer[0] != null ? straatNummer[0] : "Locatie";
            Boolean rolstoel = null;
            for (Object o : lijst(l, "accessibility")) {
                Object waarde = map(o).get("rolstoeltoegankelijk");
                if (waarde != null) {
                    rolstoel = Boolean.valueOf(waarde.toString());
                }
            }
            String bag = patroon(profielOf(l, "bag_id"), BAG, "location.bag_id");
            String wijk = patroon(profielOf(l, "wijkcode"), WIJK, "location.wijkcode");
            String buurt = patroon(profielOf(l, "buurtcode"), BUURT, "location.buurtcode");
            execute("""
                    insert into locatie (id, naam, straat, huisnummer, postcode, plaats, kern_id, latitude, longitude,
                        rolstoeltoegankelijk, bag_id, wijkcode, buurtcode)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set naam = excluded.naam, straat = excluded.straat,
                        huisnummer = excluded.huisnummer, postcode = excluded.postcode, plaats = excluded.plaats,
                        kern_id = excluded.kern_id, latitude = excluded.latitude, longitude = excluded.longitude,
                        rolstoeltoegankelijk = excluded.rolstoeltoegankelijk, bag_id = excluded.bag_id,
                        wijkcode = excluded.wijkcode, buurtcode = excluded.buurtcode, version = locatie.version + 1""",
                    id, naamLocatie, straatNummer[0], straatNummer[1], postcode, adres == null ? null : tekst(adres, "city"),
                    kern.get(), lat, lon, rolstoel, bag, wijk, buurt);
            return true;
        }

        private void schrijfOpeningstijd(UUID voorziening, UUID locatie, Map<String, Object> s) throws SQLException {
            String freq = tekst(s, "freq");
            String byday = tekst(s, "byday");
            LocalTime opent = tijd(tekst(s, "opens_at"));
            LocalTime sluit = tijd(tekst(s, "closes_at"));
            if ((freq != null && !freq.equals("WEEKLY")) || byday == null || opent == null || sluit == null || !sluit.isAfter(opent)) {
                waarschuw("schedules", "alleen wekelijkse tijden met byday, opens_at en closes_at worden overgenomen; overgeslagen: "
                        + (tekst(s, "description") != null ? tekst(s, "description") : byday));
                return;
            }
            for (String dag : byday.split(",")) {
                int weekdag = HsdsMapping.weekdag(dag.strip().replaceAll("^[+-]?[0-9]+", ""));
                if (weekdag < 1) {
                    waarschuw("schedules.byday", "onbekende dag overgeslagen: " + dag);
                    continue;
                }
                execute("insert into openingstijd (voorziening_id, locatie_id, weekdag, opent, sluit) values (?, ?, ?, ?, ?)",
                        voorziening, locatie, weekdag, Time.valueOf(opent), Time.valueOf(sluit));
            }
        }

        private <E extends Enum<E>> E enumWaarde(Class<E> type, String veld, E standaard) {
            String waarde = tekst(service, veld);
            if (waarde == null) {
                waarschuw(veld, "niet opgegeven (HSDS-NL-profiel): " + standaard + " aangenomen");
                return standaard;
            }
            try {
                return Enum.valueOf(type, waarde);
            } catch (IllegalArgumentException e) {
                fout(veld, "onbekende waarde " + waarde);
                return standaard;
            }
        }

        private String patroon(String waarde, Pattern patroon, String veld) {
            if (waarde != null && !patroon.matcher(waarde).matches()) {
                waarschuw(veld, "ongeldig, weggelaten: " + waarde);
                return null;
            }
            return waarde;
        }

        private String uniekeSlug(String tabel, String naamVan, UUID id) throws SQLException {
            String slug = Slug.van(naamVan).waarde();
            Optional<UUID> ander = eenUuid("select id from " + tabel + " where slug = ?", slug);
            return ander.isEmpty() || ander.get().equals(id) ? slug : slug + "-" + id.toString().substring(0, 8);
        }

        private boolean bestaat(String tabel, UUID id) throws SQLException {
            return eenUuid("select id from " + tabel + " where id = ?", id).isPresent();
        }

        private Optional<UUID> eenUuid(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                zet(s, parameters);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        }

        private void execute(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                zet(s, parameters);
                s.executeUpdate();
            }
        }

        private static void zet(PreparedStatement s, Object[] parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
        }
    }

    // ---- reading loosely typed HSDS values (JSON or CSV strings) ----

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static Map<String, Object> object(Map<String, Object> o, String veld) {
        return o.get(veld) instanceof Map<?, ?> ? map(o.get(veld)) : null;
    }

    static List<?> lijst(Map<String, Object> o, String veld) {
        return o.get(veld) instanceof List<?> l ? l : List.of();
    }

    static String tekst(Map<String, Object> o, String veld) {
        Object waarde = o.get(veld);
        return waarde == null || waarde.toString().isBlank() ? null : waarde.toString().strip();
    }

    static UUID uuid(Map<String, Object> o, String veld) {
        String waarde = tekst(o, veld);
        try {
            return waarde == null ? null : UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Double getal(Map<String, Object> o, String veld) {
        String waarde = tekst(o, veld);
        try {
            return waarde == null ? null : Double.valueOf(waarde);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A profile value, nested ({@code kern.slug}, JSON) or flattened ({@code kern_slug}, CSV). */
    static String profiel(Map<String, Object> o, String object, String veld) {
        Map<String, Object> genest = object(o, object);
        if (genest != null && tekst(genest, veld) != null) {
            return tekst(genest, veld);
        }
        return tekst(o, object + "_" + veld);
    }

    private static String profielOf(Map<String, Object> o, String veld) {
        return tekst(o, veld);
    }

    private static String eersteTelefoon(Map<String, Object> o) {
        for (Object telefoon : lijst(o, "phones")) {
            String nummer = tekst(map(telefoon), "number");
            if (nummer != null) {
                return nummer.length() > 40 ? nummer.substring(0, 40) : nummer;
            }
        }
        return null;
    }

    /** "Dorpsstraat 12a" → straat "Dorpsstraat", huisnummer "12a"; without a number at the end, all is straat. */
    static String[] straatEnNummer(String adres) {
        if (adres == null || adres.isBlank()) {
            return new String[]{null, null};
        }
        String schoon = adres.strip();
        int spatie = schoon.lastIndexOf(' ');
        if (spatie > 0 && Character.isDigit(schoon.charAt(spatie + 1))) {
            return new String[]{schoon.substring(0, spatie), schoon.substring(spatie + 1)};
        }
        return new String[]{schoon, null};
    }

    private static LocalTime tijd(String waarde) {
        if (waarde == null) {
            return null;
        }
        try {
            return LocalTime.parse(waarde.length() == 5 ? waarde : waarde.substring(0, Math.min(8, waarde.length())));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
