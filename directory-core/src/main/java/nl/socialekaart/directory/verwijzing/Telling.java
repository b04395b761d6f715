package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Introspected;

/** Number of referrals in one cell of kern × thema × status; the only view the gemeente gets. */
@Introspected
public record Telling(String kern, String thema, String status, long aantal) {
}
