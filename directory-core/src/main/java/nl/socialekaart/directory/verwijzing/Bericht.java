package nl.socialekaart.directory.verwijzing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A reply on a referral: the aanbieder's reason or question, or the professional's extra information.
 * May name the client, so the list is stored encrypted with the client's data.
 */
@Serdeable
public record Bericht(Afzender afzender, String naam, String tekst, Instant op) {

    public enum Afzender { AANBIEDER, PROFESSIONAL }
}
