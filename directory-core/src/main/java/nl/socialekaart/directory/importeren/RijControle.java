package nl.socialekaart.directory.importeren;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.directory.voorziening.Voorziening;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns one row into an {@link ImportRij}, or into the reasons it cannot be one. The rules on the values are
 * the Bean Validation constraints on {@link Voorziening} and {@link Locatie} (the same Dutch messages as the
 * beheer forms); this class only adds what a file needs on top: codes that must exist, and values that must
 * parse (a number, a date, a soort).
 */
@Singleton
public class RijControle {

    static final int MAXIMALE_LENGTE_EXTERN_ID = 100;

    /** Bean Validation property to column, for the messages of the records. */
    private static final Map<String, Kolom> VOORZIENING_KOLOMMEN = Map.ofEntries(
            Map.entry("aanbiederId", Kolom.AANBIEDER), Map.entry("naam", Kolom.NAAM),
            Map.entry("slug", Kolom.NAAM), Map.entry("korteOmschrijving", Kolom.KORTE_OMSCHRIJVING),
            Map.entry("omschrijving", Kolom.OMSCHRIJVING), Map.entry("soort", Kolom.SOORT),
            Map.entry("toegang", Kolom.TOEGANG), Map.entry("kosten", Kolom.KOSTEN),
            Map.entry("kostenToelichting", Kolom.KOSTEN_TOELICHTING), Map.entry("telefoon", Kolom.TELEFOON),
            Map.entry("email", Kolom.EMAIL), Map.entry("website", Kolom.WEBSITE), Map.entry("status", Kolom.STATUS),
            Map.entry("laatstGecontroleerd", Kolom.LAATST_GECONTROLEERD));
    private static final Map<String, Kolom> LOCATIE_KOLOMMEN = Map.of(
            "naam", Kolom.LOCATIE_NAAM, "straat", Kolom.STRAAT, "huisnummer", Kolom.HUISNUMMER,
            "postcode", Kolom.POSTCODE, "plaats", Kolom.PLAATS, "kernId", Kolom.LOCATIE_KERN,
            "latitude", Kolom.LATITUDE, "longitude", Kolom.LONGITUDE);

    private final Validator validator;

    public RijControle(Validator validator) {
        this.validator = validator;
    }

    /** Either a row to write or its errors (never both). */
    public record Uitkomst(ImportRij rij, List<Importfout> fouten) {
    }

    public Uitkomst controleer(List<String> kop, Bronrij bron, Opzoektabellen.Codes codes) {
        Cellen cellen = new Cellen(kop, bron);
        Map<Kolom, String> fouten = new EnumMap<>(Kolom.class);

        String externId = cellen.waarde(Kolom.EXTERN_ID);
        if (externId == null) {
            fouten.put(Kolom.EXTERN_ID, "Vul een extern id in: daarmee herkent een volgende import deze voorziening.");
        } else if (externId.length() > MAXIMALE_LENGTE_EXTERN_ID) {
            fouten.put(Kolom.EXTERN_ID, "Maximaal " + MAXIMALE_LENGTE_EXTERN_ID + " tekens.");
        }
        UUID aanbiederId = code(cellen, Kolom.AANBIEDER, codes.aanbieders(), "aanbieder", fouten);
        Soort soort = keuze(cellen, Kolom.SOORT, Soort.class, fouten);
        Toegang toegang = keuze(cellen, Kolom.TOEGANG, Toegang.class, fouten);
        Kosten kosten = keuze(cellen, Kolom.KOSTEN, Kosten.class, fouten);
        Status status = keuze(cellen, Kolom.STATUS, Status.class, fouten);
        LocalDate gecontroleerd = datum(cellen, Kolom.LAATST_GECONTROLEERD, fouten);
        Set<UUID> themas = codes(cellen, Kolom.THEMAS, codes.themas(), "thema", fouten);
        Set<UUID> doelgroepen = codes(cellen, Kolom.DOELGROEPEN, codes.doelgroepen(), "doelgroep", fouten);
        Set<UUID> kernen = codes(cellen, Kolom.WERKGEBIED, codes.kernen(), "kern", fouten);

        String naam = cellen.waarde(Kolom.NAAM);
        Voorziening voorziening = new Voorziening(null, aanbiederId, naam, naam == null ? null : Slug.van(naam).waarde(),
                cellen.waarde(Kolom.KORTE_OMSCHRIJVING), cellen.waarde(Kolom.OMSCHRIJVING), soort, toegang, kosten,
                cellen.waarde(Kolom.KOSTEN_TOELICHTING), cellen.waarde(Kolom.TELEFOON), cellen.waarde(Kolom.EMAIL),
                cellen.waarde(Kolom.WEBSITE), status == null ? Status.CONCEPT : status, gecontroleerd, null, null, null);
        meldingen(validator.validate(voorziening), VOORZIENING_KOLOMMEN, fouten);

        Locatie locatie = locatie(cellen, codes, fouten);
        if (!fouten.isEmpty()) {
            return new Uitkomst(null, fouten.entrySet().stream()
                    .map(f -> new Importfout(bron.rij(), f.getKey().kop(), f.getValue())).toList());
        }
        return new Uitkomst(new ImportRij(bron.rij(), externId, voorziening, locatie, themas, doelgroepen, kernen,
                status != null, gecontroleerd != null, cellen.kolommen()), List.of());
    }

    /** A locatie when the row names one; then kern and coordinates are needed too. */
    private Locatie locatie(Cellen cellen, Opzoektabellen.Codes codes, Map<Kolom, String> fouten) {
        List<Kolom> locatiekolommen = List.of(Kolom.LOCATIE_NAAM, Kolom.STRAAT, Kolom.HUISNUMMER, Kolom.POSTCODE,
                Kolom.PLAATS, Kolom.LOCATIE_KERN, Kolom.LATITUDE, Kolom.LONGITUDE);
        if (locatiekolommen.stream().allMatch(k -> cellen.waarde(k) == null)) {
            return null;
        }
        UUID kernId = code(cellen, Kolom.LOCATIE_KERN, codes.kernen(), "kern", fouten);
        if (cellen.waarde(Kolom.LOCATIE_KERN) == null) {
            fouten.put(Kolom.LOCATIE_KERN, "Vul de kern van de locatie in (bijvoorbeeld huissen).");
        }
        Double latitude = getal(cellen, Kolom.LATITUDE, fouten);
        Double longitude = getal(cellen, Kolom.LONGITUDE, fouten);
        Locatie locatie = new Locatie(null, cellen.waarde(Kolom.LOCATIE_NAAM), cellen.waarde(Kolom.STRAAT),
                cellen.waarde(Kolom.HUISNUMMER), cellen.waarde(Kolom.POSTCODE), cellen.waarde(Kolom.PLAATS), kernId,
                latitude == null ? 0 : latitude, longitude == null ? 0 : longitude, null, null, null, null, null);
        Map<Kolom, String> locatiefouten = new EnumMap<>(Kolom.class);
        meldingen(validator.validate(locatie), LOCATIE_KOLOMMEN, locatiefouten);
        if (latitude == null) {
            locatiefouten.remove(Kolom.LATITUDE); // already reported: missing or not a number
        }
        if (longitude == null) {
            locatiefouten.remove(Kolom.LONGITUDE);
        }
        locatiefouten.forEach(fouten::putIfAbsent);
        return locatie;
    }

    private static void meldingen(Set<? extends ConstraintViolation<?>> overtredingen, Map<String, Kolom> kolommen,
                                  Map<Kolom, String> fouten) {
        for (ConstraintViolation<?> overtreding : overtredingen) {
            Kolom kolom = kolommen.get(overtreding.getPropertyPath().toString());
            if (kolom != null) {
                // a value that did not parse has its own message already; keep that one
                fouten.putIfAbsent(kolom, overtreding.getMessage());
            }
        }
    }

    private static UUID code(Cellen cellen, Kolom kolom, Map<String, UUID> bekend, String wat, Map<Kolom, String> fouten) {
        String waarde = cellen.waarde(kolom);
        if (waarde == null) {
            return null;
        }
        UUID id = bekend.get(waarde.toLowerCase());
        if (id == null) {
            fouten.put(kolom, "Onbekende " + wat + " \"" + waarde + "\". Gebruik de code uit het overzicht in beheer.");
        }
        return id;
    }

    private static Set<UUID> codes(Cellen cellen, Kolom kolom, Map<String, UUID> bekend, String wat, Map<Kolom, String> fouten) {
        String waarde = cellen.waarde(kolom);
        Set<UUID> ids = new LinkedHashSet<>();
        if (waarde == null) {
            return ids;
        }
        List<String> onbekend = new ArrayList<>();
        for (String code : waarde.split("\\" + Kolom.LIJSTSCHEIDER)) {
            String schoon = code.strip().toLowerCase();
            if (schoon.isEmpty()) {
                continue;
            }
            UUID id = bekend.get(schoon);
            if (id == null) {
                onbekend.add(code.strip());
            } else {
                ids.add(id);
            }
        }
        if (!onbekend.isEmpty()) {
            fouten.put(kolom, "Onbekende " + wat + (onbekend.size() > 1 ? "codes " : "code ")
                    + onbekend.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                    + ". Scheid codes met " + Kolom.LIJSTSCHEIDER + ".");
        }
        return ids;
    }

    private static <E extends Enum<E>> E keuze(Cellen cellen, Kolom kolom, Class<E> soort, Map<Kolom, String> fouten) {
        String waarde = cellen.waarde(kolom);
        if (waarde == null) {
            return null;
        }
        String genormaliseerd = waarde.strip().toUpperCase().replace(' ', '_').replace('-', '_');
        for (E optie : soort.getEnumConstants()) {
            if (optie.name().equals(genormaliseerd)) {
                return optie;
            }
        }
        fouten.put(kolom, "\"" + waarde + "\" kan hier niet. Kies uit: " + Arrays.stream(soort.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        return null;
    }

    private static LocalDate datum(Cellen cellen, Kolom kolom, Map<Kolom, String> fouten) {
        String waarde = cellen.waarde(kolom);
        if (waarde == null) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.length() > 10 ? waarde.substring(0, 10) : waarde);
        } catch (DateTimeParseException e) {
            fouten.put(kolom, "Vul een datum in zoals 2026-03-31 (jaar-maand-dag).");
            return null;
        }
    }

    private static Double getal(Cellen cellen, Kolom kolom, Map<Kolom, String> fouten) {
        String waarde = cellen.waarde(kolom);
        if (waarde == null) {
            fouten.put(kolom, "Vul de coördinaat van de locatie in (graden, zoals 51.93).");
            return null;
        }
        try {
            return Double.parseDouble(waarde.replace(',', '.'));
        } catch (NumberFormatException e) {
            fouten.put(kolom, "\"" + waarde + "\" is geen getal. Vul graden in zoals 51.93.");
            return null;
        }
    }

    /** The cells of one row by column; blank cells are null. */
    private static final class Cellen {
        private final Map<Kolom, String> waarden = new EnumMap<>(Kolom.class);

        Cellen(List<String> kop, Bronrij bron) {
            for (int i = 0; i < kop.size(); i++) {
                int index = i;
                Kolom.metKop(kop.get(i)).ifPresent(k -> waarden.put(k, bron.waarden().get(index)));
            }
        }

        Set<Kolom> kolommen() {
            return waarden.keySet();
        }

        String waarde(Kolom kolom) {
            String waarde = waarden.get(kolom);
            if (waarde == null || waarde.isBlank()) {
                return null;
            }
            return Spreadsheetveilig.terug(waarde.strip());
        }
    }
}
