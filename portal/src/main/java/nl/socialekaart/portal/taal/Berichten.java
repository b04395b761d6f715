package nl.socialekaart.portal.taal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The message bundle of the pages (i18n/berichten*.properties), which Thymeleaf reads as #{key}. */
@Factory
public class Berichten {

    @Singleton
    public MessageSource berichten() {
        return new ResourceBundleMessageSource("i18n.berichten");
    }
}
