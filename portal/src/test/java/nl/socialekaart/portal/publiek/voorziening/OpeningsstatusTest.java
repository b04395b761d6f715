package nl.socialekaart.portal.publiek.voorziening;

import io.micronaut.context.MessageSource;
import nl.socialekaart.portal.web.taal.Berichten;
import nl.socialekaart.directory.locatie.OpeningstijdUitzondering;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.OpeningstijdWeergave;
import nl.socialekaart.portal.web.taal.TaalKeuze;
import nl.socialekaart.portal.web.taal.Vertaling;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningsstatusTest {

    // tuesday and thursday mornings, tuesday afternoon too: two periods on one day
    private static final List<OpeningstijdWeergave> WEEK = List.of(
            new OpeningstijdWeergave(2, "09:00", "12:00"),
            new OpeningstijdWeergave(2, "13:30", "16:00"),
            new OpeningstijdWeergave(4, "09:30", "11:30"));
    // 2026-04-06 is Easter Monday; 2026-04-07 a tuesday
    private static final LocalDate DINSDAG = LocalDate.of(2026, 4, 7);
    private static final MessageSource BERICHTEN = Berichten.bundel();
    private static final Vertaling NL = new Vertaling(BERICHTEN, TaalKeuze.NL);
    private static final Vertaling EN = new Vertaling(BERICHTEN, TaalKeuze.EN);

    @Test
    void openDuringAPeriodSaysUntilWhen() {
        Openingsstatus.Status status = Openingsstatus.op(DINSDAG.atTime(10, 0), WEEK, List.of(), NL);
        assertTrue(status.open());
        assertEquals("Nu open, tot 12:00", status.tekst());
    }

    @Test
    void betweenTwoPeriodsOfOneDayItOpensAgainToday() {
        Openingsstatus.Status status = Openingsstatus.op(DINSDAG.atTime(12, 30), WEEK, List.of(), NL);
        assertFalse(status.open());
        assertEquals("Gesloten, opent vandaag om 13:30", status.tekst());
    }

    @Test
    void afterTheLastPeriodItNamesTheNextDay() {
        assertEquals("Gesloten, opent donderdag 9:30", Openingsstatus.op(DINSDAG.atTime(16, 0), WEEK, List.of(), NL).tekst());
        assertEquals("Gesloten, opent dinsdag 9:00",
                Openingsstatus.op(LocalDateTime.of(2026, 4, 10, 20, 0), WEEK, List.of(), NL).tekst());
        assertEquals("Gesloten, opent morgen 9:30",
                Openingsstatus.op(LocalDateTime.of(2026, 4, 8, 8, 0), WEEK, List.of(), NL).tekst());
    }

    @Test
    void aHolidayClosesTheDayAndSaysWhy() {
        OpeningstijdUitzondering koningsdag = uitzondering(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 28), null, null, "Koningsdag");
        Openingsstatus.Status status = Openingsstatus.op(LocalDateTime.of(2026, 4, 28, 10, 0), WEEK, List.of(koningsdag), NL);
        assertFalse(status.open());
        assertEquals("Gesloten (Koningsdag), opent donderdag 9:30", status.tekst());
    }

    @Test
    void aTemporaryClosureOfWeeksNamesTheDateItOpensAgain() {
        OpeningstijdUitzondering verbouwing = uitzondering(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), null, null, "verbouwing");
        Openingsstatus.Status status = Openingsstatus.op(DINSDAG.atTime(10, 0), WEEK, List.of(verbouwing), NL);
        assertEquals("Gesloten (verbouwing), opent dinsdag 5 mei 9:00", status.tekst());
    }

    @Test
    void otherHoursReplaceTheWeeklyOnesForThatDay() {
        OpeningstijdUitzondering zomer = uitzondering(DINSDAG, DINSDAG, LocalTime.of(10, 0), LocalTime.of(11, 0), "zomertijden");
        assertEquals("Gesloten, opent vandaag om 10:00", Openingsstatus.op(DINSDAG.atTime(9, 15), WEEK, List.of(zomer), NL).tekst());
        assertEquals("Gesloten, opent donderdag 9:30", Openingsstatus.op(DINSDAG.atTime(13, 45), WEEK, List.of(zomer), NL).tekst());
    }

    @Test
    void byAppointmentOnlyHasNoStatus() {
        assertNull(Openingsstatus.op(DINSDAG.atTime(10, 0), List.of(), List.of(), NL));
    }

    @Test
    void exceptionsAreSaidInWords() {
        assertEquals("Gesloten op maandag 6 april: Tweede Paasdag", VoorzieningDetail.inWoorden(
                uitzondering(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6), null, null, "Tweede Paasdag"), NL));
        assertEquals("Andere tijden van maandag 3 augustus tot en met vrijdag 14 augustus: 10:00 tot 12:00 uur (zomer)",
                VoorzieningDetail.inWoorden(uitzondering(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14),
                        LocalTime.of(10, 0), LocalTime.of(12, 0), "zomer"), NL));
    }

    @Test
    void inEnglishTheWordsAndDayNamesAreEnglishButTheReasonStaysAsWritten() {
        assertEquals("Open now, until 12:00", Openingsstatus.op(DINSDAG.atTime(10, 0), WEEK, List.of(), EN).tekst());
        assertEquals("Closed, opens Thursday at 9:30", Openingsstatus.op(DINSDAG.atTime(16, 0), WEEK, List.of(), EN).tekst());
        OpeningstijdUitzondering verbouwing = uitzondering(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), null, null, "verbouwing");
        assertEquals("Closed (verbouwing), opens Tuesday 5 May at 9:00",
                Openingsstatus.op(DINSDAG.atTime(10, 0), WEEK, List.of(verbouwing), EN).tekst());
        assertEquals("Closed on Monday 6 April: Tweede Paasdag", VoorzieningDetail.inWoorden(
                uitzondering(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6), null, null, "Tweede Paasdag"), EN));
    }

    private static OpeningstijdUitzondering uitzondering(LocalDate van, LocalDate tot, LocalTime opent, LocalTime sluit, String reden) {
        return new OpeningstijdUitzondering(UUID.randomUUID(), UUID.randomUUID(), null, van, tot, opent, sluit, reden, 0L);
    }
}
