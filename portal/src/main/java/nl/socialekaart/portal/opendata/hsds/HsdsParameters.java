package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import nl.socialekaart.search.zoeken.OngeldigeZoekvraagException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of the HSDS API strictly: a value that cannot be used, a parameter given twice or
 * one this endpoint does not know gets a 400 naming it, so a client's typo never silently widens the result.
 */
final class HsdsParameters {

    static final int STANDAARD_PER_PAGINA = 50;
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}( ?[A-Za-z]{2})?");

    private final HttpParameters parameters;

    HsdsParameters(HttpParameters parameters, Set<String> toegestaan) {
        this.parameters = parameters;
        for (String naam : parameters.names()) {
            if (!toegestaan.contains(naam)) {
                throw new OngeldigeZoekvraagException(naam, "is hier geen parameter; wel: " + String.join(", ",
                        toegestaan.stream().sorted().toList()));
            }
            if (parameters.getAll(naam).size() > 1) {
                throw new OngeldigeZoekvraagException(naam, "mag maar één keer voorkomen");
            }
        }
    }

    @Nullable
    String tekst(String naam) {
        String waarde = parameters.get(naam);
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    int geheelGetal(String naam, int standaard) {
        String waarde = tekst(naam);
        if (waarde == null) {
            return standaard;
        }
        try {
            return Integer.parseInt(waarde);
        } catch (NumberFormatException e) {
            throw new OngeldigeZoekvraagException(naam, "moet een geheel getal zijn");
        }
    }

    boolean waarOnwaar(String naam) {
        String waarde = tekst(naam);
        if (waarde == null) {
            return false;
        }
        return switch (waarde.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new OngeldigeZoekvraagException(naam, "moet true of false zijn");
        };
    }

    @Nullable
    UUID uuid(String naam) {
        String waarde = tekst(naam);
        if (waarde == null) {
            return null;
        }
        return alsUuid(naam, waarde);
    }

    static UUID alsUuid(String naam, String waarde) {
        try {
            if (waarde.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeZoekvraagException(naam, "moet een UUID zijn, zoals 3fa85f64-5717-4562-b3fc-2c963f66afa6");
        }
    }

    /** An ISO 8601 date-time with offset, or a date (start of that day in the Netherlands). */
    @Nullable
    Instant tijdstip(String naam) {
        String waarde = tekst(naam);
        if (waarde == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(waarde).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(waarde).atStartOfDay(NEDERLAND).toInstant();
            } catch (DateTimeParseException e2) {
                throw new OngeldigeZoekvraagException(naam,
                        "moet een datum of tijdstip zijn, zoals 2026-11-01 of 2026-11-01T09:00:00Z");
            }
        }
    }

    /** json (the default) or ndjson. */
    boolean ndjson() {
        String waarde = tekst("format");
        if (waarde == null || waarde.equals("json")) {
            return false;
        }
        if (waarde.equals("ndjson")) {
            return true;
        }
        throw new OngeldigeZoekvraagException("format", "moet json of ndjson zijn");
    }

    /** A Dutch postcode, normalised to "6851AB" or "6851". */
    @Nullable
    String postcode() {
        String waarde = tekst("postcode");
        if (waarde == null) {
            return null;
        }
        if (!POSTCODE.matcher(waarde).matches()) {
            throw new OngeldigeZoekvraagException("postcode", "moet een Nederlandse postcode zijn, zoals 6851 AB of 6851");
        }
        return waarde.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Metres, positive, at most 100 km. */
    @Nullable
    Double meters(String naam) {
        String waarde = tekst(naam);
        if (waarde == null) {
            return null;
        }
        try {
            double meters = Double.parseDouble(waarde);
            if (!(meters > 0 && meters <= 100_000)) {
                throw new NumberFormatException();
            }
            return meters;
        } catch (NumberFormatException e) {
            throw new OngeldigeZoekvraagException(naam, "moet een afstand in meters zijn, groter dan 0 en hoogstens 100000");
        }
    }

    static Set<String> met(Set<String> basis, String... extra) {
        java.util.Set<String> alle = new java.util.HashSet<>(basis);
        alle.addAll(List.of(extra));
        return Set.copyOf(alle);
    }
}
