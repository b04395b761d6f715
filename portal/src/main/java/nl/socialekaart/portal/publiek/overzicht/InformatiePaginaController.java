package nl.socialekaart.portal.publiek.overzicht;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.portal.web.PaginaModel;

import java.util.Map;

/** The toegankelijkheidsverklaring and the privacy statement. */
@Controller
public class InformatiePaginaController {

    private final PaginaModel paginaModel;

    public InformatiePaginaController(PaginaModel paginaModel) {
        this.paginaModel = paginaModel;
    }

    @Get("/toegankelijkheid")
    public ModelAndView<Map<String, Object>> toegankelijkheid() {
        return pagina("toegankelijkheid");
    }

    @Get("/privacy")
    public ModelAndView<Map<String, Object>> privacy() {
        return pagina("privacy");
    }

    /** Each page is written out in each language: a template per language (privacy.html, privacy-en.html). */
    private ModelAndView<Map<String, Object>> pagina(String naam) {
        Map<String, Object> model = paginaModel.vertaald(naam + ".titel", naam + ".beschrijving", "/" + naam);
        String taal = paginaModel.vertaling().taal().getLanguage();
        return new ModelAndView<>(taal.equals("nl") ? naam : naam + "-" + taal, model);
    }
}
