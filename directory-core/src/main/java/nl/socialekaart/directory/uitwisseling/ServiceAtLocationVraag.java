package nl.socialekaart.directory.uitwisseling;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which service_at_locations (published voorziening at a locatie) to list; every given criterion must hold.
 *
 * @param voorzieningIds only these voorzieningen (the matches of a text search), or null for any
 * @param postcode       normalised ("6851AB" or "6851"): a locatie with this postcode, or a voorziening whose
 *                       werkgebied holds {@code kern} (the kern the postcode lies in); ignored with a radius
 * @param kern           slug of the kern of the postcode, if known
 * @param lat            centre of the radius (the postcode's centroid), with lon and straalMeter
 */
public record ServiceAtLocationVraag(@Nullable Collection<UUID> voorzieningIds, @Nullable UUID aanbiederId,
                                     Map<Taxonomie, String> termen, Set<Taxonomie> taxonomieen,
                                     @Nullable Instant gewijzigdVanaf, @Nullable String postcode,
                                     @Nullable String kern, @Nullable Double lat, @Nullable Double lon,
                                     @Nullable Double straalMeter, int vanaf, int aantal) {
}
