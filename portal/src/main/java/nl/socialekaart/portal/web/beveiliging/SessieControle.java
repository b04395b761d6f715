package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Checked for every request with a login token, after its signature and expiry: does the token still stand for
 * the account as it is now ({@link Sessies})? A token without our claims is refused.
 */
@Singleton
public class SessieControle implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Sessies sessies;

    public SessieControle(Sessies sessies) {
        this.sessies = sessies;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        if (!(claims.get(Ingelogd.INGELOGD_OP) instanceof Number ingelogdOp) || claims.get(Ingelogd.GEBRUIKER_ID) == null
                || !(claims.get("roles") instanceof Collection<?> rollen)) {
            return false;
        }
        Map<String, Object> kenmerken = new HashMap<>();
        claims.names().forEach(naam -> kenmerken.put(naam, claims.get(naam)));
        Authentication token = Authentication.build(String.valueOf(claims.get(Claims.SUBJECT)),
                rollen.stream().map(String::valueOf).toList(), kenmerken);
        return sessies.geldig(Ingelogd.van(token), Instant.ofEpochMilli(ingelogdOp.longValue()));
    }
}
