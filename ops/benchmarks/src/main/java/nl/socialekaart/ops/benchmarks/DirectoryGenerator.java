package nl.socialekaart.ops.benchmarks;

import nl.socialekaart.ops.benchmarks.DemoVocabulaire.Bron;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * A national-scale synthetic directory, deterministic for a seed: gemeenten with CBS-like codes, gebieden, kernen
 * on land inside the Netherlands, aanbieders, locaties with postcodes, voorzieningen (all GEPUBLICEERD) with
 * openingstijden, thema's, doelgroepen and werkgebied. Every text comes from the demo data of directory-core with
 * its place names swapped for the generated ones, so the Dutch analysis sees the words residents search for.
 *
 * <p>Loaded with {@code COPY} in one transaction. The outbox triggers (V2__create_outbox.sql) are disabled
 * for that transaction only; see {@link #laad}.
 */
public final class DirectoryGenerator {

    /** The sizes of the Netherlands: 342 gemeenten in 2025, about 2,500 woonkernen. */
    public static final int GEMEENTEN = 350;
    public static final int KERNEN = 2_500;

    /** The tables whose INSERT triggers write outbox rows. */
    static final List<String> TABELLEN_MET_OUTBOX_TRIGGER = List.of("voorziening", "voorziening_thema",
            "voorziening_doelgroep", "voorziening_kern", "voorziening_locatie", "openingstijd");

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 1);
    private static final List<String> WIJKEN = List.of("Noord", "Zuid", "Oost", "West", "Centrum", "De Hoven",
            "Het Hof", "De Linde", "Molenwijk", "Kerkbuurt", "Nieuwbouw", "Dorp", "Buitengebied", "De Akkers");

    public record Omvang(int voorzieningen, int gemeenten, int kernen) {

        public Omvang {
            if (voorzieningen < 1 || gemeenten < 1 || kernen < gemeenten) {
                throw new IllegalArgumentException("ongeldige omvang: " + voorzieningen + "/" + gemeenten + "/" + kernen);
            }
        }

        public static Omvang nationaal(int voorzieningen) {
            return new Omvang(voorzieningen, GEMEENTEN, KERNEN);
        }
    }

    /** A kern as the load test needs it: its name for text queries, its slug for the kern filter. */
    public record KernNaam(String naam, String slug) {
    }

    /** What was generated, in load order (parents before children). */
    record Tabellen(List<CopyTabel> inLaadvolgorde, List<KernNaam> kernen) {

        Map<String, Long> rijen() {
            Map<String, Long> rijen = new LinkedHashMap<>();
            inLaadvolgorde.forEach(t -> rijen.put(t.tabel(), t.aantal()));
            return rijen;
        }
    }

    public record Resultaat(Map<String, Long> rijen, Duration genereren, Duration laden, Duration analyseren,
                            List<KernNaam> kernen) {
    }

    private final DemoVocabulaire vocabulaire;
    private final long seed;

    public DirectoryGenerator(long seed) {
        this(DemoVocabulaire.lees(), seed);
    }

    DirectoryGenerator(DemoVocabulaire vocabulaire, long seed) {
        this.vocabulaire = vocabulaire;
        this.seed = seed;
    }

    /**
     * Generates and loads into an empty, migrated database, as the owner of the tables.
     *
     * <p>Why the outbox triggers are off during the load: with them, every one of the ~1.5 million inserted rows
     * runs a PL/pgSQL trigger that looks the voorziening up again and writes an outbox row, which makes the load
     * several times slower; and the running portal's {@code IndexSynchronisatie} would then index all 100,000
     * voorzieningen through the outbox at the same moment as the full reindex being measured. The full reindex
     * that follows is exactly the path the product documents for changes that bypass the outbox.
     * {@code ALTER TABLE ... DISABLE TRIGGER USER} rather than {@code SET session_replication_role = replica}:
     * the latter needs a superuser, the application's role owns the tables; the ALTER is transactional (other
     * sessions keep seeing the triggers enabled, and they are enabled again before the commit) and, unlike replica
     * mode, leaves the foreign-key checks on, so the generated data is checked by the schema as it loads.
     */
    public Resultaat laad(Connection connection, Omvang omvang) throws SQLException, IOException {
        long start = System.nanoTime();
        Tabellen tabellen = genereer(omvang, ids(connection, "thema"), ids(connection, "doelgroep"));
        long gegenereerd = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String tabel : TABELLEN_MET_OUTBOX_TRIGGER) {
                statement.execute("ALTER TABLE " + tabel + " DISABLE TRIGGER USER");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (CopyTabel tabel : tabellen.inLaadvolgorde()) {
                long geladen = tabel.kopieer(copy);
                if (geladen != tabel.aantal()) {
                    throw new IllegalStateException(tabel.tabel() + ": " + geladen + " van " + tabel.aantal() + " rijen geladen");
                }
            }
            for (String tabel : TABELLEN_MET_OUTBOX_TRIGGER) {
                statement.execute("ALTER TABLE " + tabel + " ENABLE TRIGGER USER");
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        long geladen = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
            controleerTriggersEnOutbox(statement);
        }
        long geanalyseerd = System.nanoTime();
        return new Resultaat(tabellen.rijen(), Duration.ofNanos(gegenereerd - start), Duration.ofNanos(geladen - gegenereerd),
                Duration.ofNanos(geanalyseerd - geladen), tabellen.kernen());
    }

    /** The load must leave every outbox trigger enabled and must not have written outbox rows. */
    private static void controleerTriggersEnOutbox(Statement statement) throws SQLException {
        String tabellen = "'{" + String.join(",", TABELLEN_MET_OUTBOX_TRIGGER) + "}'";
        try (ResultSet rs = statement.executeQuery("select count(*) from pg_trigger where not tgisinternal"
                + " and tgenabled = 'D' and tgrelid::regclass::text = any (" + tabellen + ")")) {
            rs.next();
            if (rs.getLong(1) != 0) {
                throw new IllegalStateException(rs.getLong(1) + " outbox triggers are still disabled after the load");
            }
        }
        try (ResultSet rs = statement.executeQuery("select count(*) from outbox")) {
            rs.next();
            if (rs.getLong(1) != 0) {
                throw new IllegalStateException(rs.getLong(1) + " outbox rows written during the bulk load");
            }
        }
    }

    private static Map<String, UUID> ids(Connection connection, String taxonomie) throws SQLException {
        Map<String, UUID> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select code, id from " + taxonomie)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
        }
        return ids;
    }

    /** The rows, without touching a database. */
    Tabellen genereer(Omvang omvang, Map<String, UUID> themaIds, Map<String, UUID> doelgroepIds) {
        return new Generatie(omvang, themaIds, doelgroepIds).voerUit();
    }

    /** Largest-remainder split of {@code totaal} in proportion to {@code gewichten}, at least {@code minimum} each. */
    static int[] verdeel(int totaal, double[] gewichten, int minimum) {
        int n = gewichten.length;
        int[] delen = new int[n];
        int rest = totaal - minimum * n;
        if (rest < 0) {
            throw new IllegalArgumentException(totaal + " is te weinig voor " + n + " delen van minstens " + minimum);
        }
        double som = 0;
        for (double g : gewichten) {
            som += g;
        }
        double[] fracties = new double[n];
        int verdeeld = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * gewichten[i] / som;
            delen[i] = minimum + (int) Math.floor(exact);
            fracties[i] = exact - Math.floor(exact);
            verdeeld += (int) Math.floor(exact);
        }
        Integer[] volgorde = new Integer[n];
        for (int i = 0; i < n; i++) {
            volgorde[i] = i;
        }
        java.util.Arrays.sort(volgorde, (a, b) -> Double.compare(fracties[b], fracties[a]));
        for (int i = 0; i < rest - verdeeld; i++) {
            delen[volgorde[i]]++;
        }
        return delen;
    }

    /**
     * The first digit of Dutch postcodes by region, roughly: 1 Noord-Holland, 2 and 3 Zuid-Holland and Utrecht,
     * 4 Zeeland and West-Brabant, 5 Brabant, 6 Limburg and Arnhem-Nijmegen, 7 the east, 8 Flevoland and
     * Friesland, 9 Groningen and Drenthe.
     */
    static int postcodeRegio(double lat, double lon) {
        if (lat >= 52.95) {
            return lon >= 6.15 ? 9 : 8;
        }
        if (lat >= 52.45) {
            return lon < 5.3 ? 1 : lon < 6.0 ? 8 : 7;
        }
        if (lat >= 52.25) {
            return lon < 5.15 ? 1 : lon < 5.6 ? 3 : 7;
        }
        if (lat >= 51.85) {
            return lon < 4.75 ? 2 : lon < 5.6 ? 3 : lon < 6.2 ? 6 : 7;
        }
        if (lat >= 51.3) {
            return lon < 4.6 ? 4 : lon < 5.9 ? 5 : 6;
        }
        return lon < 4.6 ? 4 : 6;
    }

    static String postcode(int cijfers, RandomGenerator random) {
        while (true) {
            String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            // PostNL does not use SA, SD and SS
            if (!letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS")) {
                return cijfers + " " + letters;
            }
        }
    }

    private final class Generatie {

        private final Omvang omvang;
        private final Map<String, UUID> themaIds;
        private final Map<String, UUID> doelgroepIds;
        private final SplittableRandom random = new SplittableRandom(seed);

        private final CopyTabel gemeente = new CopyTabel("gemeente", "id", "cbs_code", "naam");
        private final CopyTabel gebied = new CopyTabel("gebied", "id", "gemeente_id", "naam", "sociaal_team_telefoon",
                "sociaal_team_email");
        private final CopyTabel kern = new CopyTabel("kern", "id", "gebied_id", "naam", "slug", "latitude", "longitude");
        private final CopyTabel aanbieder = new CopyTabel("aanbieder", "id", "naam", "slug", "rol", "omschrijving",
                "website", "telefoon", "email");
        private final CopyTabel locatie = new CopyTabel("locatie", "id", "naam", "straat", "huisnummer", "postcode",
                "plaats", "kern_id", "latitude", "longitude", "rolstoeltoegankelijk");
        private final CopyTabel voorziening = new CopyTabel("voorziening", "id", "aanbieder_id", "naam", "slug",
                "korte_omschrijving", "omschrijving", "soort", "toegang", "kosten", "kosten_toelichting", "telefoon",
                "email", "website", "status", "laatst_gecontroleerd");
        private final CopyTabel voorzieningThema = new CopyTabel("voorziening_thema", "voorziening_id", "thema_id");
        private final CopyTabel voorzieningDoelgroep = new CopyTabel("voorziening_doelgroep", "voorziening_id",
                "doelgroep_id");
        private final CopyTabel voorzieningKern = new CopyTabel("voorziening_kern", "voorziening_id", "kern_id");
        private final CopyTabel voorzieningLocatie = new CopyTabel("voorziening_locatie", "voorziening_id", "locatie_id");
        private final CopyTabel openingstijd = new CopyTabel("openingstijd", "voorziening_id", "locatie_id", "weekdag",
                "opent", "sluit");
        private final List<KernNaam> alleKernen = new ArrayList<>();

        Generatie(Omvang omvang, Map<String, UUID> themaIds, Map<String, UUID> doelgroepIds) {
            this.omvang = omvang;
            this.themaIds = themaIds;
            this.doelgroepIds = doelgroepIds;
        }

        Tabellen voerUit() {
            int g = omvang.gemeenten();
            double[] grootte = new double[g];
            double[] wortel = new double[g];
            for (int i = 0; i < g; i++) {
                // gemeenten differ a lot in size: log-normal, a few cities and many small ones
                grootte[i] = Math.exp(random.nextGaussian() * 0.8);
                wortel[i] = Math.sqrt(grootte[i]);
            }
            int[] kernenPer = verdeel(omvang.kernen(), wortel, 1);
            int[] voorzieningenPer = verdeel(omvang.voorzieningen(), grootte, 0);
            Plaatsnamen plaatsnamen = new Plaatsnamen(random, List.of());
            List<String> kernnamen = plaatsnamen.kernen(omvang.kernen(), vocabulaire.kernnamen());
            int volgendeKern = 0;
            for (int i = 0; i < g; i++) {
                List<String> namen = kernnamen.subList(volgendeKern, volgendeKern + kernenPer[i]);
                volgendeKern += kernenPer[i];
                String naam = random.nextBoolean() ? namen.getFirst() : plaatsnamen.streek();
                double[] centrum = NederlandKaart.punt(random);
                int postcode = postcodeRegio(centrum[0], centrum[1]) * 1000 + random.nextInt(975);
                new Gemeente(i, naam, namen, centrum, postcode, voorzieningenPer[i]).genereer();
            }
            return new Tabellen(List.of(gemeente, gebied, kern, aanbieder, locatie, voorziening, voorzieningThema,
                    voorzieningDoelgroep, voorzieningKern, voorzieningLocatie, openingstijd), List.copyOf(alleKernen));
        }

        private UUID uuid() {
            // version 4, variant 2, from the seeded generator: the same seed gives the same ids
            long hoog = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
            long laag = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
            return new UUID(hoog, laag);
        }

        private String telefoon(String netnummer) {
            if (netnummer.length() == 3) {
                return netnummer + " - " + (200 + random.nextInt(800)) + " " + (10 + random.nextInt(90)) + " "
                        + (10 + random.nextInt(90));
            }
            return netnummer + " - " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)) + " "
                    + (10 + random.nextInt(90));
        }

        /** One synthetic gemeente, modelled on one of the demo gemeenten. */
        private final class Gemeente {

            private final int index;
            private final String naam;
            private final List<String> kernnamen;
            private final int postcode;
            private final double[] centrum;
            private final int aantalVoorzieningen;
            private final Bron bron;
            private final String netnummer;
            private final List<UUID> kernIds = new ArrayList<>();
            private final List<double[]> kernPunten = new ArrayList<>();
            private final List<List<UUID>> locatiesPerKern = new ArrayList<>();
            private final Map<String, Aanbieder> aanbieders = new HashMap<>();
            private final Set<String> voorzieningNamen = new HashSet<>();

            private record Aanbieder(UUID id, String website, String telefoon, String email) {
            }

            Gemeente(int index, String naam, List<String> kernnamen, double[] centrum, int postcode, int aantalVoorzieningen) {
                this.index = index;
                this.centrum = centrum;
                this.naam = naam;
                this.kernnamen = kernnamen;
                this.postcode = postcode;
                this.aantalVoorzieningen = aantalVoorzieningen;
                this.bron = vocabulaire.bronnen().get(random.nextInt(vocabulaire.bronnen().size()));
                this.netnummer = random.nextBoolean() ? "0" + (10 + random.nextInt(90)) : "0" + (100 + random.nextInt(900));
            }

            void genereer() {
                UUID id = uuid();
                gemeente.rij(id, String.format(Locale.ROOT, "GM%04d", index + 1), naam);
                kernenEnGebieden(id);
                aanbieders();
                locaties();
                voorzieningen();
            }

            private void kernenEnGebieden(UUID gemeenteId) {
                double straal = 3 + 2 * Math.sqrt(kernnamen.size());
                int k = 0;
                while (k < kernnamen.size()) {
                    // the main kern is a gebied of its own, the villages share one of up to four, as in the demo data
                    int grootte = k == 0 ? 1 : Math.min(kernnamen.size() - k, 1 + random.nextInt(4));
                    List<String> leden = kernnamen.subList(k, k + grootte);
                    UUID gebiedId = uuid();
                    String gebiedNaam = String.join(", ", leden);
                    if (gebiedNaam.length() > 100) {
                        gebiedNaam = leden.getFirst() + " en omgeving";
                    }
                    gebied.rij(gebiedId, gemeenteId, gebiedNaam, telefoon(netnummer),
                            "sociaalteam." + Plaatsnamen.slug(leden.getFirst()) + "@example.nl");
                    for (String kernNaam : leden) {
                        double[] punt = k == 0 ? centrum : NederlandKaart.puntNabij(centrum[0], centrum[1], straal, random);
                        UUID kernId = uuid();
                        String slug = Plaatsnamen.slug(kernNaam);
                        kern.rij(kernId, gebiedId, kernNaam, slug, rond(punt[0]), rond(punt[1]));
                        kernIds.add(kernId);
                        kernPunten.add(new double[]{rond(punt[0]), rond(punt[1])});
                        alleKernen.add(new KernNaam(kernNaam, slug));
                        k++;
                    }
                }
            }

            private void aanbieders() {
                String code = String.format(Locale.ROOT, "gm%04d", index + 1);
                for (DemoVocabulaire.Aanbieder a : bron.aanbieders()) {
                    String aanbiederNaam = bron.vervang(a.naam(), this::naarGemeente);
                    String slug = Plaatsnamen.slug(aanbiederNaam) + "-" + code;
                    String domein = Plaatsnamen.slug(aanbiederNaam) + "-" + code + ".example.nl";
                    Aanbieder nieuw = new Aanbieder(uuid(), "https://" + domein, telefoon(netnummer), "info@" + domein);
                    aanbieder.rij(nieuw.id(), aanbiederNaam, slug, a.rol(), bron.vervang(a.omschrijving(), this::naarGemeente),
                            nieuw.website(), nieuw.telefoon(), nieuw.email());
                    aanbieders.put(a.sleutel(), nieuw);
                }
            }

            /** Each kern gets the locaties of a demo kern (and more in a busy kern), renamed. */
            private void locaties() {
                double perKern = (double) aantalVoorzieningen / kernnamen.size();
                int gewenst = (int) Math.min(30, Math.max(2, Math.round(perKern / 6)));
                List<String> bronKernen = new ArrayList<>(bron.locatiesPerKern().keySet());
                for (int k = 0; k < kernnamen.size(); k++) {
                    String kernNaam = kernnamen.get(k);
                    List<UUID> ids = new ArrayList<>();
                    Set<String> namen = new HashSet<>();
                    List<String> volgorde = new ArrayList<>(bronKernen);
                    java.util.Collections.shuffle(volgorde, random);
                    for (String bronKern : volgorde) {
                        if (ids.size() >= gewenst) {
                            break;
                        }
                        for (DemoVocabulaire.Locatie l : bron.locatiesPerKern().get(bronKern)) {
                            String locatieNaam = bron.vervang(l.naam(),
                                    n -> n.equals(bronKern) ? kernNaam : n.equals(bron.gemeente()) ? naam : kernNaam);
                            if (namen.add(locatieNaam)) {
                                ids.add(locatie(locatieNaam, l.straat(), l.rolstoeltoegankelijk(), k));
                            }
                        }
                    }
                    if (ids.isEmpty()) {
                        ids.add(locatie("Dorpshuis " + kernNaam, "Dorpsstraat", true, k));
                    }
                    locatiesPerKern.add(ids);
                }
            }

            private UUID locatie(String locatieNaam, String straat, Boolean rolstoel, int k) {
                UUID id = uuid();
                double[] kernPunt = kernPunten.get(k);
                // within about a kilometre of the kern's centroid
                double lat = kernPunt[0] + (random.nextDouble() * 2 - 1) * 0.009;
                double lon = kernPunt[1] + (random.nextDouble() * 2 - 1) * 0.014;
                String huisnummer = (1 + random.nextInt(150)) + (random.nextInt(8) == 0 ? "a" : "");
                locatie.rij(id, locatieNaam, straat, straat == null ? null : huisnummer,
                        postcode(Math.min(9999, postcode + k % 25), random), kernnamen.get(k), kernIds.get(k),
                        rond(lat), rond(lon), rolstoel);
                return id;
            }

            private void voorzieningen() {
                List<DemoVocabulaire.Voorziening> breed = new ArrayList<>(bron.gemeentebreed());
                java.util.Collections.shuffle(breed, random);
                int volgendeBrede = 0;
                for (int j = 0; j < aantalVoorzieningen; j++) {
                    DemoVocabulaire.Voorziening sjabloon;
                    int k;
                    if (volgendeBrede < breed.size() && random.nextInt(4) == 0) {
                        sjabloon = breed.get(volgendeBrede++);
                        k = 0;
                    } else {
                        sjabloon = bron.lokaal().get(random.nextInt(bron.lokaal().size()));
                        k = random.nextInt(kernnamen.size());
                    }
                    voorziening(sjabloon, k);
                }
            }

            private void voorziening(DemoVocabulaire.Voorziening sjabloon, int k) {
                String kernNaam = kernnamen.get(k);
                int verschuiving = 1 + random.nextInt(Math.max(1, kernnamen.size()));
                java.util.function.UnaryOperator<String> naar = n -> {
                    if (n.equals(bron.gemeente())) {
                        return naam;
                    }
                    if (n.equals(sjabloon.thuiskern())) {
                        return kernNaam;
                    }
                    int i = bron.kernen().indexOf(n);
                    return kernnamen.get(Math.floorMod(k + i + verschuiving, kernnamen.size()));
                };
                String voorzieningNaam = bron.vervang(sjabloon.naam(), naar);
                if (!voorzieningNamen.add(voorzieningNaam)) {
                    String metWijk = voorzieningNaam;
                    for (int poging = 0; !voorzieningNamen.add(metWijk); poging++) {
                        metWijk = voorzieningNaam + " " + (poging < 20 ? WIJKEN.get(random.nextInt(WIJKEN.size()))
                                : kernNaam + "-" + WIJKEN.get(random.nextInt(WIJKEN.size())) + " " + poging);
                    }
                    voorzieningNaam = metWijk;
                }
                voorzieningNaam = kort(voorzieningNaam, 200);
                String slug = Plaatsnamen.slug(voorzieningNaam);
                slug = slug.length() > 200 ? slug.substring(0, 200).replaceAll("-+$", "") : slug;
                Aanbieder aanbiedr = aanbieders.get(sjabloon.aanbieder());
                UUID id = uuid();
                LocalDate gecontroleerd = PEILDATUM.minusDays(random.nextInt(730));
                voorziening.rij(id, aanbiedr.id(), voorzieningNaam, slug, kort(bron.vervang(sjabloon.korteOmschrijving(), naar), 300),
                        bron.vervang(sjabloon.omschrijving(), naar), sjabloon.soort(), sjabloon.toegang(), sjabloon.kosten(),
                        kort(sjabloon.kostenToelichting(), 300), aanbiedr.telefoon(), aanbiedr.email(),
                        kort(aanbiedr.website() + "/" + slug, 500), "GEPUBLICEERD", gecontroleerd);
                for (String code : sjabloon.themas()) {
                    UUID themaId = themaIds.get(code);
                    if (themaId != null) {
                        voorzieningThema.rij(id, themaId);
                    }
                }
                for (String code : sjabloon.doelgroepen()) {
                    UUID doelgroepId = doelgroepIds.get(code);
                    if (doelgroepId != null) {
                        voorzieningDoelgroep.rij(id, doelgroepId);
                    }
                }
                werkgebied(id, sjabloon, k);
                List<UUID> kandidaten = new ArrayList<>(locatiesPerKern.get(k));
                for (DemoVocabulaire.LocatieGebruik gebruik : sjabloon.locaties()) {
                    if (kandidaten.isEmpty()) {
                        break;
                    }
                    UUID locatieId = kandidaten.remove(random.nextInt(kandidaten.size()));
                    voorzieningLocatie.rij(id, locatieId);
                    for (DemoVocabulaire.Openingstijd tijd : gebruik.openingstijden()) {
                        openingstijd.rij(id, locatieId, tijd.weekdag(), tijd.opent(), tijd.sluit());
                    }
                }
            }

            private void werkgebied(UUID voorzieningId, DemoVocabulaire.Voorziening sjabloon, int k) {
                if (sjabloon.gemeentebreed()) {
                    kernIds.forEach(kernId -> voorzieningKern.rij(voorzieningId, kernId));
                    return;
                }
                voorzieningKern.rij(voorzieningId, kernIds.get(k));
                if (sjabloon.werkgebiedGrootte() > 1 && kernIds.size() > 1) {
                    voorzieningKern.rij(voorzieningId, kernIds.get((k + 1) % kernIds.size()));
                }
            }

            /** The demo gemeente to this one, the demo's i-th kern to this one's i-th (modulo its size). */
            private String naarGemeente(String naamInBron) {
                if (naamInBron.equals(bron.gemeente())) {
                    return naam;
                }
                return kernnamen.get(Math.max(0, bron.kernen().indexOf(naamInBron)) % kernnamen.size());
            }
        }
    }

    private static double rond(double graden) {
        return Math.round(graden * 1e5) / 1e5;
    }

    private static String kort(String tekst, int maximum) {
        if (tekst == null || tekst.length() <= maximum) {
            return tekst;
        }
        return tekst.substring(0, maximum - 1).strip() + "…";
    }
}
