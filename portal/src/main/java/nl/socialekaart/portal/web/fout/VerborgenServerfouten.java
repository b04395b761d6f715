package nl.socialekaart.portal.web.fout;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.json.JsonConfiguration;
import jakarta.inject.Singleton;

/**
 * An unexpected failure (5xx) answers a plain apology: the exception's message, which can name tables, classes or
 * keys, goes to the log only (Micronaut logs it), never to the client. 4xx answers keep their specific message.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
public class VerborgenServerfouten extends HateoasErrorResponseProcessor {

    static final String MELDING = "Er ging bij ons iets mis. Probeer het later opnieuw.";

    public VerborgenServerfouten(JsonConfiguration jsonConfiguration) {
        super(jsonConfiguration);
    }

    @Override
    public MutableHttpResponse<JsonError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (response.code() >= 500) {
            return super.processResponse(ErrorContext.builder(context.getRequest()).errorMessage(MELDING).build(), response);
        }
        return super.processResponse(context, response);
    }
}
