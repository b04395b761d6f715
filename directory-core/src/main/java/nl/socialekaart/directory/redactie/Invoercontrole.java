package nl.socialekaart.directory.redactie;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.directory.voorziening.Voorziening;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static nl.socialekaart.directory.redactie.Formulierwaarde.opgeschoond;

/**
 * Turns a form's {@link VoorzieningInvoer} into a {@link Voorziening}, with a Dutch message per field for
 * everything wrong: the Bean Validation rules of the record itself, values that do not parse, the publication
 * window and the opening periods ({@link OpeningstijdenControle}). Keys are the form's field names.
 */
@Singleton
public class Invoercontrole {

    private final Validator validator;

    public Invoercontrole(Validator validator) {
        this.validator = validator;
    }

    public record Uitkomst(Voorziening voorziening, Map<String, String> fouten) {
        public boolean goed() {
            return fouten.isEmpty();
        }
    }

    public Uitkomst controleer(VoorzieningInvoer invoer, UUID id, Long version) {
        Map<String, String> fouten = new LinkedHashMap<>();
        UUID aanbieder = Formulierwaarde.uuid(Formulierwaarde.opgeschoond(invoer.aanbiederId())).orElse(null);
        Soort soort = waarde(Soort.class, invoer.soort());
        Toegang toegang = waarde(Toegang.class, invoer.toegang());
        Kosten kosten = waarde(Kosten.class, invoer.kosten());
        Status status = waarde(Status.class, invoer.status());
        String naam = opgeschoond(invoer.naam());
        Voorziening voorziening = new Voorziening(id, aanbieder, naam,
                naam == null ? null : Slug.van(naam).waarde(), opgeschoond(invoer.korteOmschrijving()),
                opgeschoond(invoer.omschrijving()), soort, toegang, kosten, opgeschoond(invoer.kostenToelichting()),
                opgeschoond(invoer.telefoon()), opgeschoond(invoer.email()), opgeschoond(invoer.website()),
                status == null ? Status.CONCEPT : status, null, null, null, version);
        for (ConstraintViolation<Voorziening> fout : validator.validate(voorziening)) {
            fouten.putIfAbsent(fout.getPropertyPath().toString(), fout.getMessage());
        }
        LocalDate vanaf = datum(invoer.zichtbaarVanaf(), "zichtbaarVanaf", fouten);
        LocalDate tot = datum(invoer.zichtbaarTot(), "zichtbaarTot", fouten);
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            fouten.put("zichtbaarTot", "Deze datum ligt voor 'zichtbaar vanaf'.");
        }
        fouten.putAll(OpeningstijdenControle.controleer(invoer.openingstijden(), new HashSet<>(invoer.locatieIds())));
        return new Uitkomst(voorziening, fouten);
    }

    /** A date as a date field sends it (yyyy-mm-dd); empty is no date. */
    public static LocalDate datum(String s, String veld, Map<String, String> fouten) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            fouten.put(veld, "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-12-31.");
            return null;
        }
    }

    private static <E extends Enum<E>> E waarde(Class<E> soort, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(soort, s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
