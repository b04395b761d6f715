package nl.socialekaart.portal.web.fout;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/**
 * One answer for "does not exist", "not yours" and "not an id": the same 404 page, so guessing ids
 * tells nothing about which referrals or voorzieningen exist.
 */
public final class NietGevonden {

    private NietGevonden() {
    }

    public static MutableHttpResponse<?> pagina(Map<String, Object> model) {
        model.put("titel", "Niet gevonden");
        model.put("melding", "Deze pagina bestaat niet, of u hebt er geen toegang toe.");
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("beheer/niet-gevonden", model));
    }
}
