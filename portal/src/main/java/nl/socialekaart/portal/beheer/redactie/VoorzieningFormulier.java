package nl.socialekaart.portal.beheer.redactie;

import nl.socialekaart.directory.redactie.VoorzieningInvoer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the voorziening form. A chosen thema, doelgroep, kern or locatie is a checkbox named
 * {@code thema_<id>} (and so on), an opening period a row of fields {@code periode_<n>_dag|opent|sluit|locatie},
 * so the form posts plain name=value pairs.
 */
final class VoorzieningFormulier {

    /** Empty rows the form offers for new opening periods. */
    static final int LEGE_PERIODES = 3;

    private VoorzieningFormulier() {
    }

    static VoorzieningInvoer lees(Map<String, String> form) {
        TreeMap<Integer, String[]> periodes = new TreeMap<>();
        for (Map.Entry<String, String> veld : form.entrySet()) {
            String[] delen = veld.getKey().split("_");
            if (delen.length == 3 && delen[0].equals("periode")) {
                try {
                    String[] p = periodes.computeIfAbsent(Integer.parseInt(delen[1]), n -> new String[4]);
                    switch (delen[2]) {
                        case "locatie" -> p[0] = veld.getValue();
                        case "dag" -> p[1] = veld.getValue();
                        case "opent" -> p[2] = veld.getValue();
                        case "sluit" -> p[3] = veld.getValue();
                        default -> { }
                    }
                } catch (NumberFormatException e) {
                    // not a period row; ignore
                }
            }
        }
        List<VoorzieningInvoer.Periode> lijst = new ArrayList<>();
        periodes.values().forEach(p -> lijst.add(new VoorzieningInvoer.Periode(p[0], p[1], p[2], p[3])));
        return new VoorzieningInvoer(form.get("aanbiederId"), form.get("naam"), form.get("korteOmschrijving"),
                form.get("omschrijving"), form.get("soort"), form.get("toegang"), form.get("kosten"),
                form.get("kostenToelichting"), form.get("telefoon"), form.get("email"), form.get("website"),
                form.get("status"), form.get("zichtbaarVanaf"), form.get("zichtbaarTot"), gekozen(form, "thema_"),
                gekozen(form, "doelgroep_"), gekozen(form, "kern_"), gekozen(form, "locatie_"), lijst);
    }

    /** The form's period rows: the given ones plus a few empty ones to add. */
    static List<VoorzieningInvoer.Periode> rijen(VoorzieningInvoer invoer) {
        List<VoorzieningInvoer.Periode> rijen = new ArrayList<>(invoer.openingstijden());
        for (int i = 0; i < LEGE_PERIODES; i++) {
            rijen.add(new VoorzieningInvoer.Periode(null, null, null, null));
        }
        return rijen;
    }

    static Long version(Map<String, String> form) {
        try {
            return Long.valueOf(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> gekozen(Map<String, String> form, String voorvoegsel) {
        return form.keySet().stream().filter(k -> k.startsWith(voorvoegsel))
                .map(k -> k.substring(voorvoegsel.length()))
                .filter(VoorzieningFormulier::isUuid).sorted().toList();
    }

    private static boolean isUuid(String s) {
        return s.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
