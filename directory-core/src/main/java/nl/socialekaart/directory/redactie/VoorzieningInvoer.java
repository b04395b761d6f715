package nl.socialekaart.directory.redactie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the voorziening form holds, as typed (strings, so a wrong value can be shown again): the fields, the
 * publication window, the linked thema's, doelgroepen, kernen (werkgebied) and locaties, and the opening
 * periods. It is also the proposed state an AANBIEDER's wijzigingsvoorstel keeps as JSON, and what the
 * field-by-field comparisons (review, conflict) compare.
 */
@Serdeable
public record VoorzieningInvoer(
        @Nullable String aanbiederId, @Nullable String naam, @Nullable String korteOmschrijving,
        @Nullable String omschrijving, @Nullable String soort, @Nullable String toegang, @Nullable String kosten,
        @Nullable String kostenToelichting, @Nullable String telefoon, @Nullable String email,
        @Nullable String website, @Nullable String status, @Nullable String zichtbaarVanaf,
        @Nullable String zichtbaarTot, List<String> themaIds, List<String> doelgroepIds, List<String> kernIds,
        List<String> locatieIds, List<Periode> openingstijden) {

    /** One opening period: locatie, weekday 1-7, HH:mm to HH:mm. */
    @Serdeable
    public record Periode(@Nullable String locatieId, @Nullable String weekdag, @Nullable String opent,
                          @Nullable String sluit) {

        boolean leeg() {
            return leeg(weekdag) && leeg(opent) && leeg(sluit);
        }

        private static boolean leeg(String s) {
            return s == null || s.isBlank();
        }
    }

    public VoorzieningInvoer metStatus(String nieuweStatus) {
        return new VoorzieningInvoer(aanbiederId, naam, korteOmschrijving, omschrijving, soort, toegang, kosten,
                kostenToelichting, telefoon, email, website, nieuweStatus, zichtbaarVanaf, zichtbaarTot, themaIds,
                doelgroepIds, kernIds, locatieIds, openingstijden);
    }

    public VoorzieningInvoer metAanbieder(String id) {
        return new VoorzieningInvoer(id, naam, korteOmschrijving, omschrijving, soort, toegang, kosten,
                kostenToelichting, telefoon, email, website, status, zichtbaarVanaf, zichtbaarTot, themaIds,
                doelgroepIds, kernIds, locatieIds, openingstijden);
    }

    /** The periods someone filled in (empty form rows left out). */
    public List<Periode> ingevuldePeriodes() {
        return openingstijden.stream().filter(p -> !p.leeg()).toList();
    }

    /**
     * Every field by its Dutch label, as a person reads it: ids replaced by names through {@code naam}, lists
     * sorted, so two states can be compared field by field.
     */
    public Map<String, String> velden(Function<String, String> naam) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("Aanbieder", naam.apply(aanbiederId));
        velden.put("Naam", tekst(this.naam));
        velden.put("Korte omschrijving", tekst(korteOmschrijving));
        velden.put("Omschrijving", tekst(omschrijving));
        velden.put("Soort", tekst(soort));
        velden.put("Toegang", tekst(toegang));
        velden.put("Kosten", tekst(kosten));
        velden.put("Toelichting kosten", tekst(kostenToelichting));
        velden.put("Telefoon", tekst(telefoon));
        velden.put("E-mail", tekst(email));
        velden.put("Website", tekst(website));
        velden.put("Zichtbaar vanaf", tekst(zichtbaarVanaf));
        velden.put("Zichtbaar tot en met", tekst(zichtbaarTot));
        velden.put("Thema's", namen(themaIds, naam));
        velden.put("Doelgroepen", namen(doelgroepIds, naam));
        velden.put("Werkgebied", namen(kernIds, naam));
        velden.put("Locaties", namen(locatieIds, naam));
        velden.put("Openingstijden", ingevuldePeriodes().stream()
                .map(p -> Weekdag.naam(p.weekdag()) + " " + p.opent() + "-" + p.sluit() + " (" + naam.apply(p.locatieId()) + ")")
                .sorted().collect(Collectors.joining("; ")));
        return velden;
    }

    private static String tekst(String s) {
        return s == null ? "" : s;
    }

    private static String namen(Collection<String> ids, Function<String, String> naam) {
        return ids.stream().map(naam).sorted().collect(Collectors.joining(", "));
    }
}
