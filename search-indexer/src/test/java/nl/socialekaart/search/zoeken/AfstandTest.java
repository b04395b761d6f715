package nl.socialekaart.search.zoeken;

import nl.socialekaart.directory.geocodering.Punt;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AfstandTest {

    @Test
    void amsterdamToUtrechtAsTheCrowFlies() {
        assertEquals(34.16, Afstand.km(new Punt(52.3676, 4.9041), 52.0907, 5.1214), 0.01);
    }

    @Test
    void samePointIsZero() {
        assertEquals(0, Afstand.km(new Punt(51.876, 5.969), 51.876, 5.969), 1e-9);
    }
}
