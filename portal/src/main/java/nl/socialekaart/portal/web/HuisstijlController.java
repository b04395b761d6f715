package nl.socialekaart.portal.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

import java.util.regex.Pattern;

/**
 * The gemeente's colours as CSS custom properties (design tokens), from configuration only. A style sheet of
 * its own rather than an inline style, so the Content-Security-Policy can stay 'self'.
 */
@Controller
public class HuisstijlController {

    /** Colours only: a value that could close the rule or add another is refused at start-up. */
    private static final Pattern KLEUR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-z]+|(rgb|hsl)a?\\([0-9., %]+\\)");

    private final String css;

    public HuisstijlController(PortalConfiguration configuration) {
        PortalConfiguration.Kleuren k = configuration.kleuren();
        css = ":root {\n"
                + "  --sk-kleur-primair: " + kleur("primair", k.primair()) + ";\n"
                + "  --sk-kleur-primair-donker: " + kleur("primair-donker", k.primairDonker()) + ";\n"
                + "  --sk-kleur-focus: " + kleur("focus", k.focus()) + ";\n"
                + "}\n";
    }

    @Get("/huisstijl.css")
    @Produces("text/css")
    public HttpResponse<String> huisstijl() {
        return HttpResponse.ok(css).header("Cache-Control", "public, max-age=3600");
    }

    static String kleur(String naam, String waarde) {
        if (waarde == null || !KLEUR.matcher(waarde.strip()).matches()) {
            throw new IllegalArgumentException("sociale-kaart.portal.kleuren." + naam + " is geen CSS-kleur: " + waarde);
        }
        return waarde.strip();
    }
}
