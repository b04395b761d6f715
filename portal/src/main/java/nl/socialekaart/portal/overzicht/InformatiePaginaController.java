package nl.socialekaart.portal.overzicht;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import nl.socialekaart.portal.PaginaModel;

import java.util.Map;

/** The toegankelijkheidsverklaring and the privacy statement. */
@Controller
public class InformatiePaginaController {

    private final PaginaModel paginaModel;

    public InformatiePaginaController(PaginaModel paginaModel) {
        this.paginaModel = paginaModel;
    }

    @Get("/toegankelijkheid")
    @View("toegankelijkheid")
    public Map<String, Object> toegankelijkheid() {
        return paginaModel.met("Toegankelijkheid", "Hoe toegankelijk deze website is, hoe we dat hebben getest en hoe u een probleem meldt.",
                "/toegankelijkheid");
    }

    @Get("/privacy")
    @View("privacy")
    public Map<String, Object> privacy() {
        return paginaModel.met("Privacy", "Welke gegevens deze website bewaart: geen persoonsgegevens bij zoeken.", "/privacy");
    }
}
