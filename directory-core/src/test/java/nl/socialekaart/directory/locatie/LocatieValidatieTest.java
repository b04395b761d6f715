package nl.socialekaart.directory.locatie;

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

class LocatieValidatieTest {

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
    void explainsMalformedBagIdAndCbsCodesInDutch() {
        Locatie locatie = locatie("17052000", "170500", "BU1705");

        Map<String, String> meldingen = validator.validate(locatie).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));

        assertEquals(Map.of(
                "bagId", "Een BAG-id bestaat uit 16 cijfers.",
                "wijkcode", "Vul een CBS-wijkcode in zoals WK170500.",
                "buurtcode", "Vul een CBS-buurtcode in zoals BU17050000."), meldingen);
    }

    @Test
    void acceptsALocatieWithOrWithoutGeocodes() {
        assertEquals(Set.of(), validator.validate(locatie("1705200000004821", "WK170500", "BU17050000")));
        assertEquals(Set.of(), validator.validate(locatie(null, null, null)));
    }

    private static Locatie locatie(String bagId, String wijkcode, String buurtcode) {
        return new Locatie(UUID.randomUUID(), "Huiskamer Huissen", "Langestraat", "72", "6851 AE", "Huissen",
                UUID.randomUUID(), 51.94297, 5.93743, true, bagId, wijkcode, buurtcode, null);
    }
}
