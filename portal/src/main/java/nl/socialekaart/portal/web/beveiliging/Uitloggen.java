package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import jakarta.inject.Singleton;

/** Logging out ends the session on the server too, not just by removing the cookie from this browser. */
@Singleton
public class Uitloggen implements ApplicationEventListener<LogoutEvent> {

    private final Sessies sessies;

    public Uitloggen(Sessies sessies) {
        this.sessies = sessies;
    }

    @Override
    public void onApplicationEvent(LogoutEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            sessies.intrekken(Ingelogd.van(authentication).gebruikerId());
        }
    }
}
