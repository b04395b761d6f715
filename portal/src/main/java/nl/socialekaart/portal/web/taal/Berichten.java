package nl.socialekaart.portal.web.taal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The message bundle of the pages (i18n/berichten*.properties), which Thymeleaf reads as #{key}. */
@Factory
public class Berichten {

    /**
     * Dutch is the fallback for a key a language lacks, whatever the JVM's own locale is: a server set to English
     * would otherwise answer a Dutch visitor with English text.
     */
    public static MessageSource bundel() {
        return new ResourceBundleMessageSource("i18n.berichten", TaalKeuze.NL);
    }

    @Singleton
    public MessageSource berichten() {
        return bundel();
    }
}
