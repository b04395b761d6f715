package nl.socialekaart.portal.publiek;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import nl.socialekaart.directory.zoeklog.Zoekopdracht;
import nl.socialekaart.directory.zoeklog.ZoeklogRepository;

import javax.sql.DataSource;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal end to end on the demo data: real PostgreSQL, real Elasticsearch, real HTTP. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ZoeklogRepository zoeklog;
    @Inject DataSource dataSource;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void apiFindsHuiskamersThroughDutchStemming() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamers"), JsonNode.class);

        assertTrue(antwoord.get("totaal").getLongValue() >= 3, antwoord.toString());
        List<String> namen = namen(antwoord);
        assertTrue(namen.stream().anyMatch(n -> n.toLowerCase().contains("huiskamer")), namen.toString());
        JsonNode eerste = antwoord.get("resultaten").get(0);
        assertTrue(eerste.get("url").getStringValue().startsWith("/voorziening/"));
    }

    @Test
    void apiKernFilterOnlyReturnsVoorzieningenForThatKern() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&kern=gendt&per_pagina=50"),
                JsonNode.class);

        assertTrue(antwoord.get("totaal").getLongValue() >= 1);
        for (JsonNode treffer : antwoord.get("resultaten").values()) {
            List<String> kernen = new ArrayList<>();
            treffer.get("kernen").values().forEach(k -> kernen.add(k.getStringValue()));
            treffer.get("locaties").values().forEach(l -> kernen.add(l.get("kern").getStringValue()));
            assertTrue(kernen.contains("Gendt"), treffer.toString());
        }
    }

    @Test
    void apiGivesFacetCountsWithReadableLabelsAndNarrowsByThem() {
        JsonNode alles = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer"), JsonNode.class);
        JsonNode kernFacet = facet(alles, "kern");
        JsonNode gendt = null;
        for (JsonNode optie : kernFacet.get("opties").values()) {
            if (optie.get("waarde").getStringValue().equals("gendt")) {
                gendt = optie;
            }
        }
        assertNotNull(gendt, kernFacet.toString());
        assertEquals("Gendt", gendt.get("label").getStringValue());

        JsonNode inGendt = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&kern=gendt"), JsonNode.class);
        assertEquals(gendt.get("aantal").getLongValue(), inGendt.get("totaal").getLongValue());
    }

    @Test
    void filterFormAndPagingLinksKeepEveryChosenFilter() {
        String html = client().retrieve(HttpRequest.GET("/zoeken?toegang=VRIJ_TOEGANKELIJK&thema=ontmoeting"), String.class);

        assertTrue(html.matches("(?s).*name=\"toegang\"\\s+value=\"VRIJ_TOEGANKELIJK\" checked.*"), "gekozen filter aangevinkt");
        assertFalse(html.matches("(?s).*name=\"toegang\"\\s+value=\"AANMELDEN\" checked.*"), "andere niet aangevinkt");
        assertTrue(html.contains("toegang=VRIJ_TOEGANKELIJK&amp;thema=ontmoeting&amp;pagina=2")
                || html.contains("thema=ontmoeting&amp;toegang=VRIJ_TOEGANKELIJK&amp;pagina=2"), "paginalink houdt filters");
    }

    @Test
    void apiRefusesAnUnknownToegangNamingIt() {
        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> client().retrieve(HttpRequest.GET("/api/v1/zoeken?toegang=ALTIJD"), JsonNode.class));

        assertEquals(HttpStatus.BAD_REQUEST, fout.getStatus());
        assertEquals("toegang", fout.getResponse().getBody(JsonNode.class).orElseThrow().get("parameter").getStringValue());
    }

    @Test
    void apiNearAPostcodeGivesNearestFirstWithDistances() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&bij=6691"), JsonNode.class);

        double vorige = -1;
        for (JsonNode treffer : antwoord.get("resultaten").values()) {
            double afstand = treffer.get("afstand_km").getDoubleValue();
            assertTrue(afstand >= vorige, treffer.toString());
            vorige = afstand;
        }
        assertTrue(antwoord.get("resultaten").get(0).get("naam").getStringValue().contains("Gendt"),
                antwoord.get("resultaten").get(0).toString());
    }

    @Test
    void apiNamesAnUnknownPlaceAndAHalfPoint() {
        for (String[] geval : new String[][]{{"bij=Atlantis", "bij"}, {"lat=51.9", "lon"}, {"kader=1,2,3", "kader"},
                {"sortering=afstand", "sortering"}}) {
            HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                    () -> client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=x&" + geval[0]), JsonNode.class));
            assertEquals(HttpStatus.BAD_REQUEST, fout.getStatus(), geval[0]);
            assertEquals(geval[1], fout.getResponse().getBody(JsonNode.class).orElseThrow().get("parameter").getStringValue(),
                    geval[0]);
        }
    }

    @Test
    void pageNearAPlaceShowsDistancesAndSaysSoWhenItDoesNotKnowThePlace() {
        String bijGendt = client().retrieve(HttpRequest.GET("/zoeken?q=huiskamer&bij=Gendt"), String.class);
        assertTrue(bijGendt.matches("(?s).*Op \\d+,\\d km afstand.*"), "afstand bij de resultaten");

        String onbekend = client().retrieve(HttpRequest.GET("/zoeken?q=huiskamer&bij=Atlantis"), String.class);
        assertTrue(onbekend.contains("We kennen de postcode of plaats ‘Atlantis’ niet"));
        assertTrue(onbekend.contains("class=\"resultaat\""), "en toont toch resultaten");
    }

    @Test
    void suggestionsLeadToTheKernResultsOrTheVoorzieningItself() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/suggesties?q=hui"), JsonNode.class);
        List<String> urls = new ArrayList<>();
        antwoord.get("suggesties").values().forEach(s -> urls.add(s.get("url").getStringValue()));

        assertTrue(urls.contains("/zoeken?kern=huissen"), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.startsWith("/voorziening/")), urls.toString());
        for (String url : urls) {
            assertEquals(HttpStatus.OK, client().exchange(HttpRequest.GET(url), String.class).status(), url);
        }
    }

    @Test
    void noResultsInAKernIsNoDeadEnd() {
        JsonNode api = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=stoelgym&kern=ressen"), JsonNode.class);
        assertEquals(0, api.get("totaal").getLongValue());
        JsonNode uitweg = api.get("geen_resultaten");
        assertEquals("GEMEENTE", uitweg.get("verbreding").getStringValue());
        assertTrue(uitweg.get("breder").size() >= 2);
        JsonNode team = uitweg.get("sociaal_team").get(0);
        List<String> kernen = new ArrayList<>();
        team.get("kernen").values().forEach(k -> kernen.add(k.getStringValue()));
        assertTrue(kernen.contains("Ressen"), kernen.toString());
        assertNotNull(team.get("telefoon").getStringValue());

        String html = client().retrieve(HttpRequest.GET("/zoeken?q=stoelgym&kern=ressen"), String.class);
        assertTrue(html.contains("Wel in de rest van de gemeente"));
        assertTrue(html.contains(">Stoelgym "), "de verbrede resultaten als links");
        assertTrue(html.contains("href=\"tel:"), "het sociaal team om te bellen");
    }

    @Test
    void aMisspeltSearchWithNothingFoundOffersTheRightWord() {
        String html = client().retrieve(HttpRequest.GET("/zoeken?q=stoelgim&kern=ressen"), String.class);

        assertTrue(html.contains("Bedoelde u"), "spellingsuggestie");
        assertTrue(html.contains(">stoelgym</a>"), "het goede woord als link");
    }

    @Test
    void searchesAreLoggedWithoutAnythingThatIdentifiesTheSearcher() throws Exception {
        String uniek = "zoeklogtest" + System.nanoTime();
        client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=" + uniek + "&kern=gendt&thema=ontmoeting"), JsonNode.class);

        long einde = System.currentTimeMillis() + 10_000;
        while (zoeklog.findByZoektekst(uniek).isEmpty() && System.currentTimeMillis() < einde) {
            Thread.sleep(50);
        }
        Zoekopdracht regel = zoeklog.findByZoektekst(uniek).getFirst();
        assertEquals("gendt", regel.kern());
        assertEquals(0, regel.aantalResultaten());
        assertTrue(regel.filters().contains("thema=ontmoeting"));
        assertEquals(Zoekopdracht.Bron.API, regel.bron());

        List<String> kolommen = new ArrayList<>();
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var rs = connection.getMetaData().getColumns(null, "public", "zoeklog", null)) {
            while (rs.next()) {
                kolommen.add(rs.getString("COLUMN_NAME"));
            }
        }
        assertEquals(List.of("id", "gezocht_op", "zoektekst", "filters", "kern", "aantal_resultaten", "bron"), kolommen);
    }

    @Test
    void apiNamesTheBadParameter() {
        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=x&per_pagina=duizend"), JsonNode.class));

        assertEquals(HttpStatus.BAD_REQUEST, fout.getStatus());
        JsonNode body = fout.getResponse().getBody(JsonNode.class).orElseThrow();
        assertEquals("per_pagina", body.get("parameter").getStringValue());
    }

    @Test
    void resultsPageIsServerRenderedWithLinksAndMapData() {
        HttpResponse<String> response = client().exchange(HttpRequest.GET("/zoeken?q=huiskamer&kern=huissen"), String.class);
        String html = response.body();

        assertEquals(HttpStatus.OK, response.status());
        assertTrue(html.contains("<a href=\"/voorziening/"), "resultaatlinks");
        assertTrue(html.contains("data-markeringen=\"[{"), "kaartdata voor de markers");
        assertTrue(html.matches("(?s).*\\d+ resultat?en?.*"), "aantal resultaten");
        assertNotNull(response.header("Content-Security-Policy"));
        assertTrue(response.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @Test
    void withoutJavaScriptTheServerHtmlHoldsAFullPageOfResultsAndPaging() {
        String html = client().retrieve(HttpRequest.GET("/zoeken?q=huiskamer"), String.class);

        assertEquals(20, html.split("class=\"resultaat\"", -1).length - 1, "een volle eerste pagina");
        assertTrue(html.contains("href=\"/zoeken?q=huiskamer&amp;pagina=2\""), "volgende pagina als link");
    }

    @Test
    void detailPageShowsTheVoorzieningAndFixesAnOutdatedSlug() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=tafeltje+dekje"), JsonNode.class);
        JsonNode treffer = antwoord.get("resultaten").get(0);
        String url = treffer.get("url").getStringValue();

        String html = client().retrieve(HttpRequest.GET(url), String.class);
        assertTrue(html.contains(treffer.get("naam").getStringValue().replace("&", "&amp;")), "naam op de pagina");
        assertTrue(html.contains("Openingstijden") || html.contains("Contact"));

        String oudeSlug = url.substring(0, url.lastIndexOf('/') + 1) + "oude-naam";
        HttpResponse<String> redirect = client().exchange(HttpRequest.GET(oudeSlug), String.class);
        assertEquals(HttpStatus.MOVED_PERMANENTLY, redirect.status());
        assertEquals(url, redirect.header("Location"));
    }

    @Test
    void apiRefusesAPageBeyondTheResultWindowNamingIt() {
        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=x&pagina=10000"), JsonNode.class));

        assertEquals(HttpStatus.BAD_REQUEST, fout.getStatus());
        assertEquals("pagina", fout.getResponse().getBody(JsonNode.class).orElseThrow().get("parameter").getStringValue());
    }

    @Test
    void mistypedPageNumberOrIdGivesAPageNotAnError() {
        HttpResponse<String> pagina = client().exchange(HttpRequest.GET("/zoeken?q=huiskamer&pagina=abc"), String.class);
        assertEquals(HttpStatus.OK, pagina.status());
        assertTrue(pagina.body().contains("class=\"resultaat\""));

        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> client().retrieve(HttpRequest.GET("/voorziening/geen-id/huiskamer"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, fout.getStatus());
        assertTrue(fout.getResponse().getBody(String.class).orElse("").contains("bestaat niet"));
    }

    @Test
    void unknownVoorzieningGetsADutchNotFoundPage() {
        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> client().retrieve(HttpRequest.GET("/voorziening/00000000-0000-0000-0000-000000000000/niets"),
                        String.class));

        assertEquals(HttpStatus.NOT_FOUND, fout.getStatus());
        String body = fout.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("bestaat niet"), body);
        assertFalse(body.contains("Exception"));
    }

    @Test
    void homePageOffersSearchAndEveryKern() {
        String html = client().retrieve(HttpRequest.GET("/"), String.class);

        assertTrue(html.contains("<form class=\"zoekformulier\" action=\"/zoeken\""));
        for (String kern : List.of("Huissen", "Bemmel", "Gendt", "Doornenburg", "Leerdam", "Vianen")) {
            assertTrue(html.contains(">" + kern + "</option>"), kern);
        }
        assertTrue(html.contains("zijn verzonnen"), "demobanner");
    }

    @Test
    void kernPageListsAllItsAanbodByThemaWithItsSociaalTeam() {
        long totaal = client().retrieve(HttpRequest.GET("/api/v1/zoeken?kern=gendt"), JsonNode.class).get("totaal").getLongValue();
        String html = client().retrieve(HttpRequest.GET("/kern/gendt"), String.class);

        assertTrue(html.contains("<h1>Hulp en activiteiten in Gendt</h1>"), "titel");
        assertTrue(html.contains("Er zijn " + totaal + " voorzieningen"), "alle " + totaal + " voorzieningen van de kern");
        assertTrue(html.contains("Sociaal team "), "sociaal team van de kern");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"http://localhost:8080/kern/gendt\">"));
        assertTrue(html.contains("class=\"groep\""), "per thema");
        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> client().retrieve(HttpRequest.GET("/kern/atlantis"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, fout.getStatus());
    }

    @Test
    void themaAndAanbiederPagesListTheirVoorzieningen() {
        String thema = client().retrieve(HttpRequest.GET("/thema/ontmoeting"), String.class);
        assertTrue(thema.contains("<a href=\"/voorziening/"), "voorzieningen over het thema");

        JsonNode treffer = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer"), JsonNode.class).get("resultaten").get(0);
        String detail = client().retrieve(HttpRequest.GET(treffer.get("url").getStringValue()), String.class);
        java.util.regex.Matcher aanbieder = java.util.regex.Pattern.compile("href=\"(/aanbieder/[a-z0-9-]+)\"").matcher(detail);
        assertTrue(aanbieder.find(), "detailpagina linkt naar de aanbieder");
        String pagina = client().retrieve(HttpRequest.GET(aanbieder.group(1)), String.class);
        assertTrue(pagina.contains(treffer.get("url").getStringValue()), "aanbiederpagina linkt terug naar de voorziening");
    }

    @Test
    void sitemapHoldsEveryPublishedVoorzieningAndTheBrowsePages() {
        String sitemap = client().retrieve(HttpRequest.GET("/sitemap.xml"), String.class);
        long gepubliceerd = client().retrieve(HttpRequest.GET("/api/v1/zoeken"), JsonNode.class).get("totaal").getLongValue();

        assertEquals(gepubliceerd, sitemap.split("<loc>http://localhost:8080/voorziening/", -1).length - 1);
        assertTrue(sitemap.contains("<loc>http://localhost:8080/kern/gendt</loc>"));
        assertTrue(sitemap.contains("<loc>http://localhost:8080/thema/ontmoeting</loc>"));
        assertTrue(sitemap.contains("<loc>http://localhost:8080/aanbieder/"));
        assertTrue(client().retrieve(HttpRequest.GET("/robots.txt"), String.class).contains("Sitemap: http://localhost:8080/sitemap.xml"));
    }

    @Test
    void resultsShowRemovableChipsAndTheUrlKeepsSortAndPlace() {
        String html = client().retrieve(HttpRequest.GET("/zoeken?q=huiskamer&kern=gendt&thema=ontmoeting&bij=Gendt&sortering=relevantie"), String.class);

        assertTrue(html.contains("class=\"chip\" href=\"/zoeken?q=huiskamer&amp;thema=ontmoeting&amp;bij=Gendt&amp;sortering=relevantie\""),
                "chip Gendt haalt alleen de kern weg");
        assertTrue(html.contains("<option value=\"afstand\">"), "sorteren op afstand kan met een plek");
        assertTrue(html.contains("<option value=\"relevantie\" selected=\"selected\">"), "gekozen sortering");
        assertTrue(html.contains("<input type=\"hidden\" name=\"bij\" value=\"Gendt\">"), "filterformulier houdt de plek");
    }

    @Test
    void informationPagesBrandingAndLanguage() {
        assertTrue(client().retrieve(HttpRequest.GET("/toegankelijkheid"), String.class).contains("voldoet gedeeltelijk"));
        assertTrue(client().retrieve(HttpRequest.GET("/privacy"), String.class).contains("geen</strong> IP-adres"));
        String css = client().retrieve(HttpRequest.GET("/huisstijl.css"), String.class);
        assertTrue(css.contains("--sk-kleur-primair: #00507d;"), css);
        String engels = client().retrieve(HttpRequest.GET("/").header("Accept-Language", "en-GB,en;q=0.9"), String.class);
        assertTrue(engels.contains("Skip to content") && engels.contains("lang=\"en\""));
        String nl = client().retrieve(HttpRequest.GET("/").header("Accept-Language", "de-DE,nl;q=0.8,en;q=0.5"), String.class);
        assertTrue(nl.contains("Ga direct naar de inhoud"), "Nederlands gaat voor Engels");
    }

    private static JsonNode facet(JsonNode antwoord, String parameter) {
        for (JsonNode facet : antwoord.get("facetten").values()) {
            if (facet.get("parameter").getStringValue().equals(parameter)) {
                return facet;
            }
        }
        throw new AssertionError("geen facet " + parameter + " in " + antwoord.get("facetten"));
    }

    private static List<String> namen(JsonNode antwoord) {
        List<String> namen = new ArrayList<>();
        antwoord.get("resultaten").values().forEach(t -> namen.add(t.get("naam").getStringValue()));
        return namen;
    }
}
