package nl.socialekaart.search.zoeken;

import io.micronaut.core.annotation.Nullable;

/**
 * What a person asked for.
 *
 * @param tekst      free text, may be empty
 * @param kern       slug of a kern to limit to, or null
 * @param pagina     1-based page number
 * @param perPagina  results per page
 * @throws OngeldigeZoekvraagException naming the parameter that is out of range
 */
public record ZoekVraag(@Nullable String tekst, @Nullable String kern, int pagina, int perPagina) {

    public static final int MAXIMUM_PER_PAGINA = 100;
    /** Elasticsearch's default result window: results beyond it cannot be paged to. */
    public static final int MAXIMUM_RESULTATEN = 10_000;
    public static final int MAXIMALE_TEKSTLENGTE = 200;

    public ZoekVraag {
        if (perPagina < 1 || perPagina > MAXIMUM_PER_PAGINA) {
            throw new OngeldigeZoekvraagException("per_pagina", "moet tussen 1 en " + MAXIMUM_PER_PAGINA + " liggen");
        }
        if (pagina < 1 || pagina > laatstePagina(perPagina)) {
            throw new OngeldigeZoekvraagException("pagina", "moet tussen 1 en " + laatstePagina(perPagina) + " liggen");
        }
        tekst = tekst == null || tekst.isBlank() ? null : tekst.strip();
        if (tekst != null && tekst.length() > MAXIMALE_TEKSTLENGTE) {
            throw new OngeldigeZoekvraagException("q", "mag hoogstens " + MAXIMALE_TEKSTLENGTE + " tekens lang zijn");
        }
        kern = kern == null || kern.isBlank() ? null : kern.strip();
    }

    /** The highest page that can be shown with this page size. */
    public static int laatstePagina(int perPagina) {
        return MAXIMUM_RESULTATEN / perPagina;
    }

    public int vanaf() {
        return (pagina - 1) * perPagina;
    }
}
