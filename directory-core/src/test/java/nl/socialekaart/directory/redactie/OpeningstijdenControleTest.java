package nl.socialekaart.directory.redactie;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningstijdenControleTest {

    private static final String HIER = "11111111-1111-1111-1111-111111111111";
    private static final String DAAR = "22222222-2222-2222-2222-222222222222";

    private static VoorzieningInvoer.Periode p(String locatie, String dag, String opent, String sluit) {
        return new VoorzieningInvoer.Periode(locatie, dag, opent, sluit);
    }

    private static Map<String, String> controleer(VoorzieningInvoer.Periode... periodes) {
        return OpeningstijdenControle.controleer(List.of(periodes), Set.of(HIER, DAAR));
    }

    @Test
    void severalPeriodsADayThatTouchButDoNotOverlapAreFine() {
        assertTrue(controleer(p(HIER, "1", "09:00", "12:00"), p(HIER, "1", "12:00", "17:00"),
                p(HIER, "2", "9:00", "12:00"), p(null, "", "", "")).isEmpty());
    }

    @Test
    void overlapOnTheSameDayAndLocatieIsRefusedOnTheLaterRow() {
        Map<String, String> fouten = controleer(p(HIER, "3", "09:00", "12:00"), p(HIER, "3", "11:30", "13:00"));

        assertEquals(Set.of("openingstijden[1]"), fouten.keySet());
        assertTrue(fouten.get("openingstijden[1]").contains("overlappen met een andere periode op woensdag"));
    }

    @Test
    void theSameHoursAtAnotherLocatieOrDayDoNotOverlap() {
        assertTrue(controleer(p(HIER, "3", "09:00", "12:00"), p(DAAR, "3", "09:00", "12:00"),
                p(HIER, "4", "09:00", "12:00")).isEmpty());
    }

    @Test
    void invertedOrEqualTimesWrongTimesAndMissingDayGetTheirOwnMessage() {
        Map<String, String> fouten = controleer(p(HIER, "1", "17:00", "09:00"), p(HIER, "2", "10:00", "10:00"),
                p(HIER, "3", "negen uur", "12:00"), p(HIER, "8", "09:00", "12:00"), p("onbekend", "5", "09:00", "12:00"));

        assertEquals("De sluitingstijd moet na de openingstijd liggen.", fouten.get("openingstijden[0]"));
        assertEquals("De sluitingstijd moet na de openingstijd liggen.", fouten.get("openingstijden[1]"));
        assertEquals("Vul de tijden in als uu:mm, bijvoorbeeld 09:00.", fouten.get("openingstijden[2]"));
        assertEquals("Kies een dag van de week.", fouten.get("openingstijden[3]"));
        assertEquals("Kies een locatie van deze voorziening.", fouten.get("openingstijden[4]"));
    }
}
