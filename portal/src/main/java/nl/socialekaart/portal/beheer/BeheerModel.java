package nl.socialekaart.portal.beheer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.util.Map;
import java.util.UUID;

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

    /**
     * The model of an edit form: the record's id and version (null for a new one), the values as typed
     * ({@code w}), the errors per field, and after a conflict the values stored meanwhile.
     */
    public Map<String, Object> formulier(String titel, Authentication authentication, @Nullable UUID id,
                                         @Nullable Long version, Map<String, String> waarden,
                                         Map<String, String> fouten, @Nullable Map<String, String> conflict) {
        Map<String, Object> model = met(titel, authentication);
        model.put("id", id);
        model.put("version", version);
        model.put("w", waarden);
        model.put("fouten", fouten);
        model.put("conflict", conflict);
        return model;
    }
}
