package nl.socialekaart.directory.redactie;

import java.util.List;

/** Dutch names of ISO weekdays (1 = maandag ... 7 = zondag), as openingstijd stores them. */
public final class Weekdag {

    public static final List<String> NAMEN = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag");

    private Weekdag() {
    }

    public static String naam(String weekdag) {
        try {
            return NAMEN.get(Integer.parseInt(weekdag) - 1);
        } catch (RuntimeException e) {
            return String.valueOf(weekdag);
        }
    }
}
