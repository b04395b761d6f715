package nl.socialekaart.directory.uitwisseling;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole published directory as HSDS bulk data: ndjson (one fully nested service a line) or an HSDS tabular
 * data package (a zip of CSV files and datapackage.json). Both stream: the voorzieningen come from one
 * PostgreSQL cursor ({@link VoorzieningWeergaveReader#leesAlleGepubliceerde}) and leave one at a time; the
 * package's tables are spooled to temporary files (a zip is written one file after the other) and deleted.
 * What stays in memory is the aanbieders' descriptions and the ids of locaties already written (some
 * thousands), never the voorzieningen.
 */
@Singleton
public class HsdsExport {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final VoorzieningWeergaveReader reader;
    private final HsdsOrganisaties organisaties;
    private final HsdsTermen termen;

    public HsdsExport(VoorzieningWeergaveReader reader, HsdsOrganisaties organisaties, HsdsTermen termen) {
        this.reader = reader;
        this.organisaties = organisaties;
        this.termen = termen;
    }

    /** One fully nested HSDS service per line, in id order. */
    public void ndjson(OutputStream uit) {
        Map<UUID, String> omschrijvingen = organisaties.alleOmschrijvingen();
        reader.leesAlleGepubliceerde(w ->
                HsdsJson.regel(HsdsMapping.serviceVolledig(w, omschrijvingen.get(w.aanbieder().id())), uit));
    }

    /** The tabular data package as a zip: {@code datapackage.json} and one CSV per {@link Tabel}. */
    public void tabular(OutputStream uit) {
        Path map;
        try {
            map = Files.createTempDirectory("hsds-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<Tabel, CSVPrinter> printers = new EnumMap<>(Tabel.class);
            try {
                for (Tabel tabel : Tabel.values()) {
                    BufferedWriter schrijver = Files.newBufferedWriter(map.resolve(tabel.bestand()), StandardCharsets.UTF_8);
                    printers.put(tabel, new CSVPrinter(schrijver, CSV.builder().setHeader(tabel.kolommen().toArray(String[]::new)).get()));
                }
                schrijfTabellen(printers);
            } finally {
                for (CSVPrinter printer : printers.values()) {
                    printer.close();
                }
            }
            try (ZipOutputStream zip = new ZipOutputStream(uit)) {
                zip.putNextEntry(new ZipEntry("datapackage.json"));
                zip.write(HsdsJson.bytes(DataPackage.beschrijving()));
                zip.closeEntry();
                for (Tabel tabel : Tabel.values()) {
                    zip.putNextEntry(new ZipEntry(tabel.bestand()));
                    Files.copy(map.resolve(tabel.bestand()), zip);
                    zip.closeEntry();
                }
                zip.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            verwijder(map);
        }
    }

    private void schrijfTabellen(Map<Tabel, CSVPrinter> printers) throws IOException {
        for (Taxonomie t : Taxonomie.values()) {
            rij(printers, Tabel.TAXONOMIES, HsdsMapping.taxonomie(t));
        }
        for (HsdsTermen.Term t : termen.alle()) {
            rij(printers, Tabel.TAXONOMY_TERMS, t.hsds());
        }
        for (int vanaf = 0; ; vanaf += 1000) {
            List<HsdsObject> pagina = organisaties.pagina(null, vanaf, 1000).organisaties();
            for (HsdsObject o : pagina) {
                rij(printers, Tabel.ORGANIZATIONS, o);
                for (Object telefoon : lijst(o, "phones")) {
                    rij(printers, Tabel.PHONES, (Map<?, ?>) telefoon);
                }
            }
            if (pagina.size() < 1000) {
                break;
            }
        }
        Set<UUID> locaties = new HashSet<>();
        reader.leesAlleGepubliceerde(w -> {
            try {
                schrijfService(printers, w, locaties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void schrijfService(Map<Tabel, CSVPrinter> printers, VoorzieningWeergave w, Set<UUID> locaties)
            throws IOException {
        HsdsObject service = HsdsMapping.serviceVolledig(w, null);
        rij(printers, Tabel.SERVICES, service);
        for (Object telefoon : lijst(service, "phones")) {
            rij(printers, Tabel.PHONES, (Map<?, ?>) telefoon);
        }
        for (Object gebied : lijst(service, "service_areas")) {
            rij(printers, Tabel.SERVICE_AREAS, (Map<?, ?>) gebied);
        }
        for (Object attribuut : lijst(service, "attributes")) {
            rij(printers, Tabel.ATTRIBUTES, (Map<?, ?>) attribuut);
        }
        for (Object o : lijst(service, "service_at_locations")) {
            Map<?, ?> sal = (Map<?, ?>) o;
            rij(printers, Tabel.SERVICE_AT_LOCATIONS, sal);
            for (Object schema : lijst(sal, "schedules")) {
                rij(printers, Tabel.SCHEDULES, (Map<?, ?>) schema);
            }
            Map<?, ?> locatie = (Map<?, ?>) sal.get("location");
            if (locaties.add(UUID.fromString(locatie.get("id").toString()))) {
                rij(printers, Tabel.LOCATIONS, locatie);
                for (Object adres : lijst(locatie, "addresses")) {
                    rij(printers, Tabel.ADDRESSES, (Map<?, ?>) adres);
                }
                for (Object toegankelijkheid : lijst(locatie, "accessibility")) {
                    rij(printers, Tabel.ACCESSIBILITY, (Map<?, ?>) toegankelijkheid);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void rij(Map<Tabel, CSVPrinter> printers, Tabel tabel, Map<?, ?> object) throws IOException {
        printers.get(tabel).printRecord(tabel.rij((Map<String, ?>) object));
    }

    private static List<?> lijst(Map<?, ?> object, String veld) {
        return object.get(veld) instanceof List<?> l ? l : List.of();
    }

    private static void verwijder(Path map) {
        try (var bestanden = Files.list(map)) {
            for (Path p : new ArrayList<>(bestanden.toList())) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(map);
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the export itself succeeded or failed already
        }
    }
}
