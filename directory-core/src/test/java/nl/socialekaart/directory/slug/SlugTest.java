package nl.socialekaart.directory.slug;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugTest {

    @Test
    void makesReadableUrlPartsFromDutchNames() {
        assertEquals("huiskamer-t-gendtse-veld", Slug.van("Huiskamer 't Gendtse Veld").waarde());
        assertEquals("cafe-financiele-zorgen", Slug.van("Café Financiële Zorgen!").waarde());
    }

    @Test
    void neverReturnsAnEmptySlug() {
        assertEquals("voorziening", Slug.van("???").waarde());
    }
}
