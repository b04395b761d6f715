package nl.socialekaart.portal.professional;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One voorziening on a shortlist as printed: name, contact details, addresses with opening hours. */
public record LijstjeRegel(String naam, String korteOmschrijving, String aanbieder, List<String> contact,
                           List<String> locaties) {

    private static final String[] DAGEN = {"ma", "di", "wo", "do", "vr", "za", "zo"};

    static LijstjeRegel van(VoorzieningWeergave v) {
        List<String> contact = new ArrayList<>();
        if (v.telefoon() != null) {
            contact.add("Telefoon " + v.telefoon());
        }
        if (v.email() != null) {
            contact.add("E-mail " + v.email());
        }
        if (v.website() != null) {
            contact.add(v.website());
        }
        List<String> locaties = v.locaties().stream().map(LijstjeRegel::locatie).toList();
        return new LijstjeRegel(v.naam(), v.korteOmschrijving(), v.aanbieder().naam(), contact, locaties);
    }

    private static String locatie(VoorzieningWeergave.LocatieWeergave l) {
        StringBuilder tekst = new StringBuilder(l.naam());
        if (l.straat() != null) {
            tekst.append(", ").append(l.straat()).append(l.huisnummer() == null ? "" : " " + l.huisnummer());
        }
        if (l.plaats() != null) {
            tekst.append(", ").append(l.plaats());
        }
        Map<Integer, List<String>> perDag = new TreeMap<>();
        l.openingstijden().forEach(o -> perDag.computeIfAbsent(o.weekdag(), d -> new ArrayList<>()).add(o.opent() + "-" + o.sluit()));
        if (!perDag.isEmpty()) {
            List<String> dagen = new ArrayList<>();
            perDag.forEach((dag, tijden) -> dagen.add(DAGEN[dag - 1] + " " + String.join(", ", tijden)));
            tekst.append(". Open: ").append(String.join("; ", dagen));
        }
        return tekst.toString();
    }
}
