package nl.socialekaart.portal.web.taal;

import io.micronaut.context.MessageSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The message bundle in one language, for what Java code says to a resident: page titles, opening hours,
 * the wording of codes. Dates and day names come from the JDK's locale data, so they follow the language too.
 */
public record Vertaling(MessageSource berichten, Locale taal) {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("H:mm");

    /** The text for a key; a missing key is a programming error, found by the tests that render each page in both languages. */
    public String tekst(String sleutel, Object... waarden) {
        return misschien(sleutel, waarden)
                .orElseThrow(() -> new IllegalStateException("Geen tekst voor " + sleutel + " in " + taal));
    }

    public Optional<String> misschien(String sleutel, Object... waarden) {
        return berichten.getMessage(sleutel, taal, waarden);
    }

    /** "maandag" / "Monday" for ISO weekday 1. */
    public String weekdag(int weekdag) {
        return DayOfWeek.of(weekdag).getDisplayName(TextStyle.FULL, taal);
    }

    /** "1 januari 2026" / "1 January 2026". */
    public String datum(LocalDate datum) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", taal).format(datum);
    }

    /** "maandag 6 april" / "Monday 6 April". */
    public String dagEnDatum(LocalDate datum) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", taal).format(datum);
    }

    /** "9:30": the same in both languages (the 24-hour clock is what the Dutch signs on the door say). */
    public String tijd(LocalTime tijd) {
        return TIJD.format(tijd);
    }
}
