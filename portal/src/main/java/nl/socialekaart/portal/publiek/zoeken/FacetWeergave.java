package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A facet as a page or an API client shows it: its parameter, a title, and its options with counts. */
@Serdeable
public record FacetWeergave(String parameter, String titel, List<FacetOptie> opties) {
}
