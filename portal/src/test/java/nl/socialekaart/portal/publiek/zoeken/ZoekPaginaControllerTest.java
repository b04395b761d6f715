package nl.socialekaart.portal.publiek.zoeken;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ZoekPaginaControllerTest {

    @Test
    void aMistypedOrTooHighPageNumberStillShowsAPage() {
        assertEquals(1, ZoekPaginaController.paginaNummer(null));
        assertEquals(1, ZoekPaginaController.paginaNummer("abc"));
        assertEquals(1, ZoekPaginaController.paginaNummer("-3"));
        assertEquals(3, ZoekPaginaController.paginaNummer(" 3 "));
        assertEquals(500, ZoekPaginaController.paginaNummer("999999"));
    }

    @Test
    void overlongSearchTextIsShortenedNotRefused() {
        assertEquals(200, ZoekPaginaController.ingekort("geld ".repeat(100)).length());
        assertEquals("geldzorgen", ZoekPaginaController.ingekort("geldzorgen"));
        assertNull(ZoekPaginaController.ingekort(null));
    }
}
