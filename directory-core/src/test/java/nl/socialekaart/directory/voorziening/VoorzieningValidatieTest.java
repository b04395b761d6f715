package nl.socialekaart.directory.voorziening;

import nl.socialekaart.directory.testdata.Validatie;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoorzieningValidatieTest {

    @Test
    void explainsEachInvalidFieldInDutch() {
        Voorziening voorziening = new Voorziening(UUID.randomUUID(), UUID.randomUUID(), "", "huiskamer",
                "x".repeat(301), "Omschrijving", Soort.ALGEMEEN, Toegang.VRIJ_TOEGANKELIJK, Kosten.GRATIS, null,
                "bel me", "geen-email", "www.zonder-schema.nl", Status.CONCEPT, null, null, null, null);

        Map<String, String> meldingen = Validatie.meldingen(voorziening);

        assertEquals(Map.of(
                "naam", "Vul een naam in.",
                "korteOmschrijving", "Maximaal 300 tekens.",
                "telefoon", "Vul een Nederlands telefoonnummer in, bijvoorbeeld 026 - 123 45 67.",
                "email", "Vul een geldig e-mailadres in.",
                "website", "Een website begint met https://"), meldingen);
    }

    @Test
    void acceptsAVoorzieningFilledInAsPeopleWriteIt() {
        Voorziening voorziening = new Voorziening(UUID.randomUUID(), UUID.randomUUID(), "Huiskamer Gendt",
                "huiskamer-gendt", "Koffie en een praatje", "Omschrijving", Soort.ALGEMEEN, Toegang.VRIJ_TOEGANKELIJK,
                Kosten.GRATIS, null, "026 - 123 45 67", "info@example.nl", "https://example.nl", Status.CONCEPT,
                null, null, null, null);

        assertEquals(Map.of(), Validatie.meldingen(voorziening));
    }
}
