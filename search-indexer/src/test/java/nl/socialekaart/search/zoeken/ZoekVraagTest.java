package nl.socialekaart.search.zoeken;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZoekVraagTest {

    @Test
    void namesTheParameterThatIsOutOfRange() {
        assertEquals("pagina", assertThrows(OngeldigeZoekvraagException.class,
                () -> new ZoekVraag("x", null, 0, 20)).parameter());
        assertEquals("pagina", assertThrows(OngeldigeZoekvraagException.class,
                () -> new ZoekVraag("x", null, 501, 20)).parameter());
        assertEquals("per_pagina", assertThrows(OngeldigeZoekvraagException.class,
                () -> new ZoekVraag("x", null, 1, 101)).parameter());
        assertEquals("q", assertThrows(OngeldigeZoekvraagException.class,
                () -> new ZoekVraag("x".repeat(201), null, 1, 20)).parameter());
    }

    @Test
    void lastPageStaysWithinTheResultWindow() {
        ZoekVraag laatste = new ZoekVraag(null, null, ZoekVraag.laatstePagina(20), 20);

        assertEquals(ZoekVraag.MAXIMUM_RESULTATEN, laatste.vanaf() + laatste.perPagina());
    }

    @Test
    void blankTextAndKernMeanNoFilter() {
        ZoekVraag vraag = new ZoekVraag("  ", " ", 1, 20);

        assertNull(vraag.tekst());
        assertNull(vraag.kern());
    }
}
