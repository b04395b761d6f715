package nl.socialekaart.search.zoeken;

import io.micronaut.core.annotation.Nullable;

/**
 * What a person asked for.
 *
 * @param tekst      free text, may be empty
 * @param kern       slug of a kern to limit to, or null
 * @param pagina     1-based page number
 * @param perPagina  results per page
 */
public record ZoekVraag(@Nullable String tekst, @Nullable String kern, int pagina, int perPagina) {

    public static final int MAXIMUM_PER_PAGINA = 100;

    public ZoekVraag {
        if (pagina < 1) {
            throw new IllegalArgumentException("pagina moet 1 of hoger zijn");
        }
        if (perPagina < 1 || perPagina > MAXIMUM_PER_PAGINA) {
            throw new IllegalArgumentException("per_pagina moet tussen 1 en " + MAXIMUM_PER_PAGINA + " liggen");
        }
        tekst = tekst == null || tekst.isBlank() ? null : tekst.strip();
        kern = kern == null || kern.isBlank() ? null : kern.strip();
    }

    public int vanaf() {
        return (pagina - 1) * perPagina;
    }
}
