package nl.socialekaart.portal.beheer.actualiteit;

import nl.socialekaart.directory.actualiteit.VerouderdeVoorziening;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The reminder in plain Dutch (B1). It names only the aanbieder and its own entries: no people, no
 * other aanbieders.
 */
final class HerinneringTekst {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private HerinneringTekst() {
    }

    static String onderwerp(String site) {
        return "Klopt uw aanbod in de " + site + " nog?";
    }

    static String tekst(String aanbiederNaam, List<VerouderdeVoorziening> voorzieningen, String beheerUrl, String site) {
        StringBuilder t = new StringBuilder();
        t.append("Beste ").append(aanbiederNaam).append(",\n\n");
        t.append(voorzieningen.size() == 1
                ? "Eén voorziening van uw organisatie is al meer dan een half jaar niet gecontroleerd:\n\n"
                : voorzieningen.size() + " voorzieningen van uw organisatie zijn al meer dan een half jaar niet gecontroleerd:\n\n");
        for (VerouderdeVoorziening v : voorzieningen) {
            t.append("- ").append(v.naam()).append(" (")
                    .append(v.laatstGecontroleerd() == null ? "nog nooit gecontroleerd"
                            : "laatst gecontroleerd op " + DATUM.format(v.laatstGecontroleerd()))
                    .append(")\n");
        }
        t.append("\nWilt u kijken of de gegevens nog kloppen? Inwoners en hulpverleners gebruiken ze om u te vinden.\n");
        t.append("Log in op ").append(beheerUrl).append(".\n");
        t.append("Klopt alles? Klik dan op \"Nog actueel\". Is er iets veranderd? Pas de gegevens dan aan.\n\n");
        t.append("Met vriendelijke groet,\n").append(site).append("\n\n");
        t.append("U krijgt dit bericht omdat uw organisatie aanbod heeft in de ").append(site).append(".\n");
        return t.toString();
    }
}
