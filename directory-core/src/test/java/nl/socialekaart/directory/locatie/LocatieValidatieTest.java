package nl.socialekaart.directory.locatie;

import nl.socialekaart.directory.testdata.Validatie;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocatieValidatieTest {

    @Test
    void explainsMalformedBagIdAndCbsCodesInDutch() {
        Locatie locatie = locatie("17052000", "170500", "BU1705");

        Map<String, String> meldingen = Validatie.meldingen(locatie);

        assertEquals(Map.of(
                "bagId", "Een BAG-id bestaat uit 16 cijfers.",
                "wijkcode", "Vul een CBS-wijkcode in zoals WK170500.",
                "buurtcode", "Vul een CBS-buurtcode in zoals BU17050000."), meldingen);
    }

    @Test
    void acceptsALocatieWithOrWithoutGeocodes() {
        assertEquals(Map.of(), Validatie.meldingen(locatie("1705200000004821", "WK170500", "BU17050000")));
        assertEquals(Map.of(), Validatie.meldingen(locatie(null, null, null)));
    }

    private static Locatie locatie(String bagId, String wijkcode, String buurtcode) {
        return new Locatie(UUID.randomUUID(), "Huiskamer Huissen", "Langestraat", "72", "6851 AE", "Huissen",
                UUID.randomUUID(), 51.94297, 5.93743, true, bagId, wijkcode, buurtcode, null);
    }
}
