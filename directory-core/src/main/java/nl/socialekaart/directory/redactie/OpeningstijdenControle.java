package nl.socialekaart.directory.redactie;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the opening periods of one voorziening: a weekday, times as HH:mm, closing after opening, a locatie
 * of the voorziening, and no two periods at one locatie on one day that overlap (touching is fine: 9:00-12:00
 * and 12:00-17:00). The messages are keyed {@code openingstijden[i]}, by the period's row in the form.
 */
public final class OpeningstijdenControle {

    private OpeningstijdenControle() {
    }

    /** A checked period. */
    public record Periode(String locatieId, int weekdag, LocalTime opent, LocalTime sluit) {
    }

    public static Map<String, String> controleer(List<VoorzieningInvoer.Periode> periodes, Set<String> locatieIds) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Periode[] goed = new Periode[periodes.size()];
        for (int i = 0; i < periodes.size(); i++) {
            VoorzieningInvoer.Periode p = periodes.get(i);
            if (p.leeg()) {
                continue;
            }
            String sleutel = "openingstijden[" + i + "]";
            Integer dag = weekdag(p.weekdag());
            LocalTime opent = tijd(p.opent());
            LocalTime sluit = tijd(p.sluit());
            if (dag == null) {
                fouten.put(sleutel, "Kies een dag van de week.");
            } else if (opent == null || sluit == null) {
                fouten.put(sleutel, "Vul de tijden in als uu:mm, bijvoorbeeld 09:00.");
            } else if (!sluit.isAfter(opent)) {
                fouten.put(sleutel, "De sluitingstijd moet na de openingstijd liggen.");
            } else if (p.locatieId() == null || !locatieIds.contains(p.locatieId())) {
                fouten.put(sleutel, "Kies een locatie van deze voorziening.");
            } else {
                goed[i] = new Periode(p.locatieId(), dag, opent, sluit);
            }
        }
        for (int i = 0; i < goed.length; i++) {
            for (int j = 0; j < i; j++) {
                if (goed[i] != null && goed[j] != null && overlappen(goed[i], goed[j])) {
                    fouten.put("openingstijden[" + i + "]", "Deze tijden overlappen met een andere periode op "
                            + Weekdag.NAMEN.get(goed[i].weekdag() - 1) + " op dezelfde locatie.");
                }
            }
        }
        return fouten;
    }

    static boolean overlappen(Periode a, Periode b) {
        return a.weekdag() == b.weekdag() && a.locatieId().equals(b.locatieId())
                && a.opent().isBefore(b.sluit()) && b.opent().isBefore(a.sluit());
    }

    private static Integer weekdag(String s) {
        try {
            int dag = Integer.parseInt(s.strip());
            return dag >= 1 && dag <= 7 ? dag : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalTime tijd(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(s.strip().length() == 4 ? "0" + s.strip() : s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
