package nl.socialekaart.directory.verwijzing;

import io.micronaut.serde.annotation.Serdeable;

/** The minimum about the client a referral needs; stored only encrypted. */
@Serdeable
public record ClientGegevens(String naam, String bereikbaar, String vraag) {
}
