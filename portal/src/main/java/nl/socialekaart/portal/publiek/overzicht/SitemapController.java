package nl.socialekaart.portal.publiek.overzicht;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.web.PortalConfiguration;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningUrl;

import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.Set;

/**
 * sitemap.xml (every published voorziening with its last change, and the kern, thema and aanbieder pages that
 * have aanbod) and robots.txt pointing to it. Absolute addresses from {@code sociale-kaart.portal.basis-url}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SitemapController {

    private final VoorzieningWeergaveReader reader;
    private final String basis;

    public SitemapController(VoorzieningWeergaveReader reader, PortalConfiguration configuration) {
        this.reader = reader;
        this.basis = configuration.basisUrl();
    }

    @Get("/sitemap.xml")
    @Produces("application/xml")
    public HttpResponse<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        Set<String> paginas = new TreeSet<>(Set.of("/", "/kernen", "/themas", "/toegankelijkheid", "/privacy"));
        reader.leesAlleGepubliceerde(v -> {
            url(xml, VoorzieningUrl.van(v), v.gewijzigdOp().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            v.werkgebied().forEach(k -> paginas.add("/kern/" + k.slug()));
            v.themas().forEach(t -> paginas.add("/thema/" + t.code()));
            paginas.add("/aanbieder/" + v.aanbieder().slug());
        });
        paginas.forEach(p -> url(xml, p, null));
        xml.append("</urlset>\n");
        return HttpResponse.ok(xml.toString());
    }

    @Get("/robots.txt")
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\nDisallow: /api/\nDisallow: /zoeken\nSitemap: " + basis + "/sitemap.xml\n";
    }

    /** Slugs are [a-z0-9-] and ids UUIDs, so the address needs no XML escaping; the base is configuration. */
    private void url(StringBuilder xml, String pad, String laatstGewijzigd) {
        xml.append("  <url><loc>").append(escape(basis + pad)).append("</loc>");
        if (laatstGewijzigd != null) {
            xml.append("<lastmod>").append(laatstGewijzigd).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
