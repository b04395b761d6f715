package nl.socialekaart.directory.importeren;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
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
}
