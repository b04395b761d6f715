package nl.socialekaart.directory.testdata;

import io.micronaut.context.ApplicationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application's own Bean Validation, for unit tests of the Dutch messages: per field, the message a person
 * would see. Started once per test JVM, without the "test" environment, whose datasource is for integration tests.
 */
public final class Validatie {

    private static Validator validator;

    private Validatie() {
    }

    public static Map<String, String> meldingen(Object object) {
        return validator().validate(object).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    private static synchronized Validator validator() {
        if (validator == null) {
            ApplicationContext context = ZonderTestomgeving.start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            validator = context.getBean(Validator.class);
        }
        return validator;
    }
}
