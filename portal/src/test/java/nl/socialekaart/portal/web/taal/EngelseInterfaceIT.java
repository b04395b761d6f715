package nl.socialekaart.portal.web.taal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor who reads English gets the whole interface in English on every public page: titles, labels, opening
 * hours, the wording of codes, error pages and the two information pages. What providers wrote stays Dutch.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngelseInterfaceIT implements MetEmbeddedStack {

    private static final Pattern TITEL = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern OPENINGSTIJDEN = Pattern.compile("(?s)<table class=\"openingstijden\">.*?</table>");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject KernRepository kernen;
    @Inject ThemaRepository themas;

    private final List<String> paginas = new ArrayList<>();
    private String detail;

    @BeforeAll
    void dePubliekePaginas() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&per_pagina=50"), JsonNode.class);
        for (JsonNode treffer : antwoord.get("resultaten").values()) {
            String url = treffer.get("url").getStringValue();
            if (client().retrieve(HttpRequest.GET(url), String.class).contains("class=\"openingstijden\"")) {
                detail = url;
                break;
            }
        }
        assertTrue(detail != null, "een huiskamer met openingstijden in de demodata");
        String aanbieder = aanbiederVan(client().retrieve(HttpRequest.GET(detail), String.class));
        paginas.addAll(List.of("/", "/zoeken?q=huiskamer", "/zoeken", detail, "/kernen", "/themas",
                "/kern/" + kernen.findAllOrderByNaam().getFirst().slug(),
                "/thema/" + themas.findAllOrderByVolgorde().getFirst().code(), aanbieder,
                "/toegankelijkheid", "/privacy"));
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void noPublicPageInEnglishShowsAnInterfaceSentenceOfTheDutchBundle() throws IOException {
        List<String> nederlands = zinnenDieInHetEngelsAndersZijn();
        assertTrue(nederlands.size() > 50, "de vergelijking heeft genoeg zinnen: " + nederlands.size());
        for (String pagina : paginas) {
            String engels = leesbaar(engels(pagina));
            String nl = leesbaar(client().retrieve(HttpRequest.GET(pagina), String.class));
            List<String> overgebleven = nederlands.stream().filter(engels::contains).toList();
            assertTrue(overgebleven.isEmpty(), pagina + " toont in het Engels nog: " + overgebleven);
            assertTrue(nederlands.stream().anyMatch(nl::contains), pagina + " in het Nederlands gebruikt de bundel");
            assertTrue(engels.contains("lang=\"en\""), pagina);
        }
    }

    @Test
    void pageTitlesAndHeadingsAreEnglish() {
        assertEquals("All villages", titel(engels("/kernen")));
        assertEquals("All topics", titel(engels("/themas")));
        assertEquals("Find help and activities near you", titel(engels("/")));
        assertEquals("Search for huiskamer", titel(engels("/zoeken?q=huiskamer")));
        assertTrue(titel(engels("/kern/" + kernen.findAllOrderByNaam().getFirst().slug())).startsWith("Help and activities in "));
        assertTrue(engels("/toegankelijkheid").contains("<h1>Accessibility</h1>"));
        assertTrue(engels("/privacy").contains("You can use this website without us knowing who you are."));
        assertEquals("Alle kernen", titel(client().retrieve(HttpRequest.GET("/kernen"), String.class)));
    }

    @Test
    void openingHoursUseEnglishDayNames() {
        Matcher tabel = OPENINGSTIJDEN.matcher(engels(detail));
        assertTrue(tabel.find());
        assertTrue(tabel.group().matches("(?s).*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*"), tabel.group());
        assertFalse(tabel.group().matches("(?s).*(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag| uur).*"), tabel.group());
        assertTrue(engels(detail).matches("(?s).*class=\"openingsstatus (open|gesloten)\">(Open now, until \\d{1,2}:\\d\\d|Closed.*?)</p>.*"));
    }

    @Test
    void errorPagesAreEnglishToo() {
        HttpClientResponseException fout = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> engels("/kern/bestaat-niet"));
        assertEquals(HttpStatus.NOT_FOUND, fout.getStatus());
        String html = fout.getResponse().getBody(String.class).orElse("");
        assertEquals("Not found", titel(html));
        assertTrue(html.contains("This page does not exist."), html);
    }

    @Test
    void theStaffsSideStaysDutchWhateverTheVisitorChose() {
        String inloggen = client().retrieve(HttpRequest.GET("/beheer/inloggen").header("Cookie", "taal=en")
                .header("Accept-Language", "en"), String.class);
        assertTrue(inloggen.contains("lang=\"nl\"") && inloggen.contains("Inloggen"), inloggen);
    }

    private String engels(String pagina) {
        return client().retrieve(HttpRequest.GET(pagina).header("Accept-Language", "en-GB,en;q=0.9"), String.class);
    }

    private static String titel(String html) {
        Matcher m = TITEL.matcher(html);
        assertTrue(m.find(), "een <title>");
        return m.group(1).replaceFirst(" [-|–] .*$", "").strip();
    }

    private static String aanbiederVan(String detailHtml) {
        Matcher m = Pattern.compile("href=\"(/aanbieder/[^\"]+)\"").matcher(detailHtml);
        assertTrue(m.find(), "link naar de aanbieder");
        return m.group(1);
    }

    /** The page as a reader sees its characters: the few entities Thymeleaf writes, turned back. */
    private static String leesbaar(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /**
     * Sentences of four words or more from the Dutch bundle whose English differs ({0} splits a sentence in
     * parts). Short ones ("Gratis", "Kern") could be part of what a provider wrote, which rightly stays Dutch.
     */
    private static List<String> zinnenDieInHetEngelsAndersZijn() throws IOException {
        Properties nl = bundel("i18n/berichten.properties");
        Properties en = bundel("i18n/berichten_en.properties");
        List<String> zinnen = new ArrayList<>();
        for (String sleutel : nl.stringPropertyNames()) {
            if (en.containsKey(sleutel) && !en.getProperty(sleutel).equals(nl.getProperty(sleutel))) {
                for (String deel : nl.getProperty(sleutel).split("\\{\\d}")) {
                    if (deel.strip().split("\\s+").length >= 4) {
                        zinnen.add(deel.strip());
                    }
                }
            }
        }
        return zinnen;
    }

    private static Properties bundel(String pad) throws IOException {
        Properties properties = new Properties();
        try (var in = EngelseInterfaceIT.class.getClassLoader().getResourceAsStream(pad)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
