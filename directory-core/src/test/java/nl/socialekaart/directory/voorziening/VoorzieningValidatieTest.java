package nl.socialekaart.directory.voorziening;

import io.micronaut.context.ApplicationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoorzieningValidatieTest {

    private static ApplicationContext context;
    private static Validator validator;

    @BeforeAll
    static void start() {
        // no "test" environment: its datasource settings are for the integration tests
        context = ApplicationContext.builder().deduceEnvironment(false).start();
        validator = context.getBean(Validator.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void explainsEachInvalidFieldInDutch() {
        Voorziening voorziening = new Voorziening(UUID.randomUUID(), UUID.randomUUID(), "", "huiskamer",
                "x".repeat(301), "Omschrijving", Soort.ALGEMEEN, Toegang.VRIJ_TOEGANKELIJK, Kosten.GRATIS, null,
                "bel me", "geen-email", "www.zonder-schema.nl", Status.CONCEPT, null, null, null, null);

        Map<String, String> meldingen = meldingen(validator.validate(voorziening));

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

        assertEquals(Set.of(), validator.validate(voorziening));
    }

    private static Map<String, String> meldingen(Set<ConstraintViolation<Voorziening>> violations) {
        return violations.stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }
}
