package nl.socialekaart.portal.beheer;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import nl.socialekaart.portal.PaginaModel;
import nl.socialekaart.portal.beveiliging.Ingelogd;

import java.util.Map;

/** The model every beheer page gets: the site's, plus who is logged in (for the menu and the name). */
@Singleton
public class BeheerModel {

    private final PaginaModel paginaModel;

    public BeheerModel(PaginaModel paginaModel) {
        this.paginaModel = paginaModel;
    }

    public Map<String, Object> met(String titel, Authentication authentication) {
        Map<String, Object> model = paginaModel.met(titel);
        model.put("ingelogd", Ingelogd.van(authentication));
        return model;
    }
}
