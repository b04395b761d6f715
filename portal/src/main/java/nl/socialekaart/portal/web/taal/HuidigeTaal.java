package nl.socialekaart.portal.web.taal;

import io.micronaut.context.MessageSource;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/** The {@link Vertaling} of the request being handled: the language {@link TaalKeuze} chose for it (Dutch outside a request). */
@Singleton
public class HuidigeTaal {

    private final MessageSource berichten;

    public HuidigeTaal(MessageSource berichten) {
        this.berichten = berichten;
    }

    public Vertaling vertaling() {
        return new Vertaling(berichten, ServerRequestContext.currentRequest().map(TaalKeuze::taal).orElse(TaalKeuze.NL));
    }
}
