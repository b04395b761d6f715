package nl.socialekaart.directory.importeren;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an uploaded CSV (UTF-8, comma or semicolon) or XLSX file into rows, and says per row what is wrong
 * with its form. Never throws on bad input: everything becomes an {@link Importfout}.
 */
public final class BestandLezer {

    private static final int MAXIMAAL_GEMELDE_CODERINGSFOUTEN = 20;

    private BestandLezer() {
    }

    public static Bronbestand lees(byte[] inhoud, String bestandsnaam) {
        if (inhoud.length == 0) {
            return Bronbestand.onleesbaar(List.of(Importfout.bestand("Het bestand is leeg.")));
        }
        // the library's header checks throw on files shorter than their signature
        boolean langGenoeg = inhoud.length >= 8;
        if (langGenoeg && ReadableWorkbook.isOOXMLZipHeader(inhoud)) {
            return leesXlsx(inhoud);
        }
        if ((langGenoeg && ReadableWorkbook.isOLE2Header(inhoud)) || (bestandsnaam != null && bestandsnaam.toLowerCase().endsWith(".xls"))) {
            return Bronbestand.onleesbaar(List.of(Importfout.bestand(
                    "Dit is een oud Excel-bestand (.xls). Sla het op als .xlsx of als CSV UTF-8.")));
        }
        return leesCsv(inhoud);
    }

    static Bronbestand leesCsv(byte[] inhoud) {
        List<Importfout> coderingsfouten = coderingsfouten(inhoud);
        if (!coderingsfouten.isEmpty()) {
            return Bronbestand.onleesbaar(coderingsfouten);
        }
        String tekst = new String(inhoud, StandardCharsets.UTF_8);
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1); // the byte order mark Excel puts before "CSV UTF-8"
        }
        if (tekst.isBlank()) {
            return Bronbestand.onleesbaar(List.of(Importfout.bestand("Het bestand is leeg.")));
        }
        CSVFormat formaat = CSVFormat.RFC4180.builder()
                .setDelimiter(scheidingsteken(tekst))
                .setIgnoreEmptyLines(true)
                .get();
        List<String> kop = null;
        List<Bronrij> rijen = new ArrayList<>();
        List<Importfout> fouten = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(tekst, formaat)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // commons-csv cannot resync after a broken quote: everything after it is one field
                    int rij = (int) parser.getRecordNumber() + 1;
                    fouten.add(new Importfout(rij, "", "Een aanhalingsteken (\") staat op een verkeerde plek of wordt "
                            + "niet gesloten (regel " + parser.getCurrentLineNumber() + "). Deze rij en de rijen erna zijn niet gelezen."));
                    break;
                }
                List<String> waarden = record.toList();
                if (kop == null) {
                    kop = waarden;
                    List<Importfout> kopfouten = controleerKop(kop);
                    if (!kopfouten.isEmpty()) {
                        return Bronbestand.onleesbaar(kopfouten);
                    }
                    continue;
                }
                voegToe(rijen, fouten, kop, (int) record.getRecordNumber(), waarden);
            }
        } catch (IOException e) {
            return Bronbestand.onleesbaar(List.of(Importfout.bestand("Het bestand kan niet worden gelezen.")));
        }
        return new Bronbestand(kop, rijen, fouten, false);
    }

    static Bronbestand leesXlsx(byte[] inhoud) {
        List<String> kop = null;
        List<Bronrij> rijen = new ArrayList<>();
        List<Importfout> fouten = new ArrayList<>();
        try (ReadableWorkbook werkmap = new ReadableWorkbook(new ByteArrayInputStream(inhoud));
             Stream<Row> stroom = eersteBlad(werkmap).openStream()) {
            for (Iterator<Row> it = stroom.iterator(); it.hasNext(); ) {
                Row row = it.next();
                List<String> waarden = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    waarden.add(row.getOptionalCell(i).map(c -> c.getText() == null ? "" : c.getText()).orElse(""));
                }
                while (!waarden.isEmpty() && waarden.getLast().isBlank()) {
                    waarden.removeLast();
                }
                if (kop == null) {
                    if (waarden.isEmpty()) {
                        continue;
                    }
                    kop = waarden;
                    List<Importfout> kopfouten = controleerKop(kop);
                    if (!kopfouten.isEmpty()) {
                        return Bronbestand.onleesbaar(kopfouten);
                    }
                    continue;
                }
                while (waarden.size() < kop.size()) {
                    waarden.add(""); // a spreadsheet leaves trailing empty cells out
                }
                voegToe(rijen, fouten, kop, row.getRowNum(), waarden);
            }
        } catch (IOException | RuntimeException e) {
            return Bronbestand.onleesbaar(List.of(Importfout.bestand(
                    "Het Excel-bestand kan niet worden gelezen. Sla het opnieuw op als .xlsx of als CSV UTF-8.")));
        }
        if (kop == null) {
            return Bronbestand.onleesbaar(List.of(Importfout.bestand("Het bestand is leeg.")));
        }
        return new Bronbestand(kop, rijen, fouten, false);
    }

    private static Sheet eersteBlad(ReadableWorkbook werkmap) {
        return werkmap.getFirstSheet();
    }

    private static void voegToe(List<Bronrij> rijen, List<Importfout> fouten, List<String> kop, int rij, List<String> waarden) {
        if (waarden.stream().allMatch(String::isBlank)) {
            return; // an empty row in a spreadsheet is not an entry
        }
        if (waarden.size() != kop.size()) {
            fouten.add(new Importfout(rij, "", "Deze rij heeft " + waarden.size() + " kolommen, de kopregel "
                    + kop.size() + ". Staat er een scheidingsteken te veel of te weinig, of een tekst met "
                    + "een komma zonder aanhalingstekens?"));
            return;
        }
        rijen.add(new Bronrij(rij, List.copyOf(waarden)));
    }

    static List<Importfout> controleerKop(List<String> kop) {
        List<Importfout> fouten = new ArrayList<>();
        Set<Kolom> gezien = new HashSet<>();
        for (String naam : kop) {
            var kolom = Kolom.metKop(naam);
            if (kolom.isEmpty()) {
                fouten.add(new Importfout(1, naam, "Onbekende kolom \"" + naam + "\". Gebruik de kolomnamen uit het sjabloon."));
            } else if (!gezien.add(kolom.get())) {
                fouten.add(new Importfout(1, naam, "De kolom \"" + naam + "\" staat twee keer in de kopregel."));
            }
        }
        for (Kolom kolom : Kolom.values()) {
            if (kolom.verplicht() && !gezien.contains(kolom)) {
                fouten.add(new Importfout(1, kolom.kop(), "De kolom \"" + kolom.kop() + "\" ontbreekt in de kopregel (rij 1)."));
            }
        }
        return fouten;
    }

    /** Semicolon when the header has more of them than commas (Dutch Excel saves CSV that way). */
    private static char scheidingsteken(String tekst) {
        int einde = tekst.indexOf('\n');
        String eersteRegel = einde < 0 ? tekst : tekst.substring(0, einde);
        long puntkomma = eersteRegel.chars().filter(c -> c == ';').count();
        long komma = eersteRegel.chars().filter(c -> c == ',').count();
        return puntkomma > komma ? ';' : ',';
    }

    /** The lines (1-based) with bytes that are not UTF-8, so the user knows where to look. */
    private static List<Importfout> coderingsfouten(byte[] inhoud) {
        List<Importfout> fouten = new ArrayList<>();
        int regel = 1;
        int begin = 0;
        for (int i = 0; i <= inhoud.length && fouten.size() < MAXIMAAL_GEMELDE_CODERINGSFOUTEN; i++) {
            if (i == inhoud.length || inhoud[i] == '\n') {
                if (!isUtf8(inhoud, begin, i - begin)) {
                    fouten.add(new Importfout(regel, "", "Regel " + regel + " bevat tekens die geen UTF-8 zijn "
                            + "(bijvoorbeeld é of ë). Sla het bestand op als \"CSV UTF-8\" en probeer het opnieuw."));
                }
                regel++;
                begin = i + 1;
            }
        }
        return fouten;
    }

    private static boolean isUtf8(byte[] inhoud, int begin, int lengte) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud, begin, lengte));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
