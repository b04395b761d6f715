package nl.socialekaart.portal.publiek.voorziening;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.portal.web.PortalConfiguration;
import nl.socialekaart.portal.publiek.melding.FormulierToken;
import nl.socialekaart.portal.publiek.zoeken.KaartData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The model of a detail page; shared by the page itself and the "Klopt er iets niet?" form's answer. */
@Singleton
public class DetailPagina {

    private final PaginaModel paginaModel;
    private final KaartData kaartData;
    private final VoorzieningDetail detail;
    private final JsonLd jsonLd;
    private final FormulierToken token;
    private final PortalConfiguration configuration;

    public DetailPagina(PaginaModel paginaModel, KaartData kaartData, VoorzieningDetail detail, JsonLd jsonLd,
                        FormulierToken token, PortalConfiguration configuration) {
        this.paginaModel = paginaModel;
        this.kaartData = kaartData;
        this.detail = detail;
        this.jsonLd = jsonLd;
        this.token = token;
        this.configuration = configuration;
    }

    public Map<String, Object> model(VoorzieningWeergave v) {
        String pad = VoorzieningUrl.van(v);
        String url = configuration.basisUrl() + pad;
        Map<String, Object> model = paginaModel.met(v.naam(), v.korteOmschrijving(), pad);
        model.put("v", v);
        model.put("locaties", detail.locaties(v));
        model.put("kaart", kaartData.json(List.of(v)));
        model.put("jsonLd", jsonLd.van(v, url));
        model.put("deelUrl", url);
        model.put("deelMail", "mailto:?subject=" + codeer(v.naam()) + "&body=" + codeer(v.korteOmschrijving() + "\n" + url));
        model.put("meldingToken", token.uitgeven(v.id().toString()));
        model.put("meldingActie", pad + "/melding");
        model.put("meldingFouten", Map.of());
        model.put("meldingToelichting", "");
        model.put("meldingEmail", "");
        model.put("gemeld", false);
        return model;
    }

    private static String codeer(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
