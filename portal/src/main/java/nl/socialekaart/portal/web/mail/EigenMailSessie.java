package nl.socialekaart.portal.web.mail;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;

/**
 * A mail session of this application context's own settings. Micronaut's default takes Jakarta Mail's JVM-wide
 * default session, which keeps the settings of whichever context asked first: a second context in the same JVM
 * (the tests start many) then sent to the first one's SMTP server.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
public class EigenMailSessie implements SessionProvider {

    private final MailPropertiesProvider instellingen;
    private final Authenticator authenticator;

    public EigenMailSessie(MailPropertiesProvider instellingen, @Nullable Authenticator authenticator) {
        this.instellingen = instellingen;
        this.authenticator = authenticator;
    }

    @Override
    public Session session() {
        return Session.getInstance(instellingen.mailProperties(), authenticator);
    }
}
