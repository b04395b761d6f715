package nl.socialekaart.search.zoeken;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoekVraagTest {

    @Test
    void namesTheParameterThatIsOutOfRange() {
        assertEquals("pagina", assertThrows(OngeldigeZoekvraagException.class,
                () -> ZoekVraag.van("x", null, 0, 20)).parameter());
        assertEquals("pagina", assertThrows(OngeldigeZoekvraagException.class,
                () -> ZoekVraag.van("x", null, 501, 20)).parameter());
        assertEquals("per_pagina", assertThrows(OngeldigeZoekvraagException.class,
                () -> ZoekVraag.van("x", null, 1, 101)).parameter());
        assertEquals("q", assertThrows(OngeldigeZoekvraagException.class,
                () -> ZoekVraag.van("x".repeat(201), null, 1, 20)).parameter());
    }

    @Test
    void lastPageStaysWithinTheResultWindow() {
        ZoekVraag laatste = ZoekVraag.van(null, null, ZoekVraag.laatstePagina(20), 20);

        assertEquals(ZoekVraag.MAXIMUM_RESULTATEN, laatste.vanaf() + laatste.perPagina());
    }

    @Test
    void blankTextAndKernMeanNoFilter() {
        ZoekVraag vraag = ZoekVraag.van("  ", " ", 1, 20);

        assertNull(vraag.tekst());
        assertTrue(vraag.filters().isEmpty());
    }
}
