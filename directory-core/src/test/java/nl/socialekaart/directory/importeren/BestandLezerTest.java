package nl.socialekaart.directory.importeren;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed files become Dutch messages per row, never exceptions. */
class BestandLezerTest {

    private static final String KOP = "extern_id,naam,aanbieder,korte_omschrijving,omschrijving,soort,toegang,kosten\n";

    private static Bronbestand lees(String tekst) {
        return BestandLezer.lees(tekst.getBytes(StandardCharsets.UTF_8), "aanbod.csv");
    }

    @Test
    void emptyFileIsReportedAsEmpty() {
        Bronbestand leeg = BestandLezer.lees(new byte[0], "leeg.csv");
        Bronbestand alleenWit = lees("\uFEFF \n\n");

        assertTrue(leeg.onleesbaar());
        assertEquals("Het bestand is leeg.", leeg.fouten().getFirst().reden());
        assertEquals("Het bestand is leeg.", alleenWit.fouten().getFirst().reden());
    }

    @Test
    void wrongHeaderNamesTheMissingAndUnknownColumns() {
        Bronbestand bestand = lees("id,titel\n1,x\n");

        assertTrue(bestand.onleesbaar());
        assertTrue(bestand.fouten().stream().anyMatch(f -> f.reden().equals("Onbekende kolom \"titel\". Gebruik de kolomnamen uit het sjabloon.")));
        assertTrue(bestand.fouten().stream().anyMatch(f -> f.kolom().equals("naam") && f.reden().contains("ontbreekt")));
    }

    @Test
    void rowWithTooManyColumnsIsReportedWithItsRowNumberAndTheOthersAreRead() {
        Bronbestand bestand = lees(KOP + "a,b,c,d,e,f,g,h\na,b,c,d,e,f,g,h,i\n\"a\",b,c,d,e,f,g,h\n");

        assertEquals(2, bestand.rijen().size());
        assertEquals(1, bestand.fouten().size());
        assertEquals(3, bestand.fouten().getFirst().rij());
        assertTrue(bestand.fouten().getFirst().reden().startsWith("Deze rij heeft 9 kolommen, de kopregel 8."));
    }

    @Test
    void brokenQuoteIsReportedAtItsRowAndEarlierRowsAreKept() {
        Bronbestand bestand = lees(KOP + "a,b,c,d,e,f,g,h\na,\"b\"x,c,d,e,f,g,h\na,b,c,d,e,f,g,h\n");

        assertFalse(bestand.onleesbaar());
        assertEquals(1, bestand.rijen().size());
        assertEquals(3, bestand.fouten().getFirst().rij());
        assertTrue(bestand.fouten().getFirst().reden().startsWith("Een aanhalingsteken (\") staat op een verkeerde plek"));
    }

    @Test
    void fileInWindowsEncodingIsRefusedNamingTheLine() {
        byte[] ansi = (KOP + "a,Café,c,d,e,f,g,h\n").getBytes(Charset.forName("windows-1252"));

        Bronbestand bestand = BestandLezer.lees(ansi, "aanbod.csv");

        assertTrue(bestand.onleesbaar());
        assertEquals(2, bestand.fouten().getFirst().rij());
        assertTrue(bestand.fouten().getFirst().reden().contains("geen UTF-8"));
    }

    @Test
    void semicolonSeparatedFileFromDutchExcelIsRead() {
        Bronbestand bestand = lees("\uFEFF" + KOP.replace(',', ';') + "a;b, met komma;c;d;e;f;g;h\n");

        assertTrue(bestand.fouten().isEmpty(), bestand.fouten().toString());
        assertEquals("b, met komma", bestand.rijen().getFirst().waarden().get(1));
        assertEquals(2, bestand.rijen().getFirst().rij());
    }

    @Test
    void formulaGuardOfTheExportIsTakenOffOnImport() {
        assertEquals("'=SOM(A1)", Spreadsheetveilig.heen("=SOM(A1)"));
        assertEquals("=SOM(A1)", Spreadsheetveilig.terug("'=SOM(A1)"));
        assertEquals("'t Gasthuis", Spreadsheetveilig.terug("'t Gasthuis"));
    }

    @Test
    void xlsxIsReadFromTheFirstSheetWithSpreadsheetRowNumbers() throws IOException {
        byte[] xlsx = xlsx(List.of(
                List.of("extern_id", "naam", "aanbieder", "korte_omschrijving", "omschrijving", "soort", "toegang", "kosten"),
                List.of("x-1", "Taalcafé", "bieb", "Kort", "Lang", "ALGEMEEN", "AANMELDEN", "GRATIS"),
                List.of("x-2", "Koffie <b>", "bieb", "Kort", "Lang", "ALGEMEEN", "AANMELDEN")));

        Bronbestand bestand = BestandLezer.lees(xlsx, "aanbod.xlsx");

        assertFalse(bestand.onleesbaar(), bestand.fouten().toString());
        assertEquals(2, bestand.rijen().size());
        assertEquals(2, bestand.rijen().getFirst().rij());
        assertEquals("Taalcafé", bestand.rijen().getFirst().waarden().get(1));
        assertEquals("", bestand.rijen().get(1).waarden().get(7), "trailing empty cell is an empty value");
    }

    /** A minimal .xlsx (inline strings), as the OOXML standard allows, without a spreadsheet library. */
    private static byte[] xlsx(List<List<String>> rijen) throws IOException {
        StringBuilder blad = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rijen.size(); r++) {
            blad.append("<row r=\"").append(r + 1).append("\">");
            for (int k = 0; k < rijen.get(r).size(); k++) {
                blad.append("<c r=\"").append((char) ('A' + k)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rijen.get(r).get(k).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
            blad.append("</row>");
        }
        blad.append("</sheetData></worksheet>");
        Map<String, String> delen = new java.util.LinkedHashMap<>();
        delen.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        delen.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        delen.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Aanbod\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        delen.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        delen.put("xl/worksheets/sheet1.xml", blad.toString());
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (var deel : delen.entrySet()) {
                zip.putNextEntry(new ZipEntry(deel.getKey()));
                zip.write(deel.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return uit.toByteArray();
    }
}
