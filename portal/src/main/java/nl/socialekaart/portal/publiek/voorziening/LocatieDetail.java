package nl.socialekaart.portal.publiek.voorziening;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.LocatieWeergave;

import java.util.List;

/**
 * A locatie as the detail page shows it: the address, today's status, the week by day (several periods a
 * day joined: "9:00 tot 12:00 en 13:30 tot 16:00"), the coming exceptions in words, and a route link.
 */
public record LocatieDetail(LocatieWeergave locatie, @Nullable Openingsstatus.Status status, List<Dag> week,
                            List<String> uitzonderingen, String routeUrl) {

    /** One weekday and its periods in words; {@code vandaag} marks today's row. */
    public record Dag(String naam, String tijden, boolean vandaag) {
    }
}
