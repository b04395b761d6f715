package nl.socialekaart.portal.beheer.importeren;

import nl.socialekaart.portal.beheer.Inloggen;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HSDS import page in beheer: redactie only, a dry run lists per-record errors, then the import writes. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsImportPaginaIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpResponse<String> upload(String cookie, String bestandsnaam, String inhoud, String actie) {
        MultipartBody body = MultipartBody.builder()
                .addPart("bestand", bestandsnaam, MediaType.of("application/x-ndjson"), inhoud.getBytes(StandardCharsets.UTF_8))
                .addPart("actie", actie).build();
        return client().exchange(HttpRequest.POST("/beheer/import/hsds", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Cookie", cookie), String.class);
    }

    @Test
    void redacteurSeesPerRecordErrorsInADryRunThenImports() {
        String cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        String pagina = client().retrieve(HttpRequest.GET("/beheer/import/hsds").header("Cookie", cookie));
        assertTrue(pagina.contains("Proefimport"));
        assertTrue(pagina.contains("/hsds/export.zip"));

        String id = UUID.randomUUID().toString();
        String naam = "Geimporteerde koffieochtend " + id.substring(0, 8);
        String goed = "{\"id\":\"" + id + "\",\"name\":\"" + naam + "\",\"status\":\"active\",\"soort\":\"ALGEMEEN\","
                + "\"toegang\":\"VRIJ_TOEGANKELIJK\",\"kosten\":\"GRATIS\",\"korte_omschrijving\":\"Koffie\",\"description\":\"Koffie en een praatje.\","
                + "\"organization\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Importaanbieder " + id.substring(0, 8) + "\",\"description\":\"x\"}}";
        String zonderNaam = "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"active\"}";

        String proef = upload(cookie, "aanbod.ndjson", goed + "\n" + zonderNaam, "proef").body();
        assertTrue(proef.contains("Resultaat van de proefimport"), proef);
        assertTrue(proef.contains("regel 2"), proef);
        assertTrue(proef.contains("er is niets geïmporteerd"), proef);

        String nogEenProef = upload(cookie, "aanbod.ndjson", goed, "proef").body();
        assertTrue(nogEenProef.contains("Geen fouten"), nogEenProef);
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> client().exchange(HttpRequest.GET("/hsds/services/" + id), String.class)).getStatus(),
                "een proefimport schrijft niets");

        String echt = upload(cookie, "aanbod.ndjson", goed, "importeren").body();
        assertTrue(echt.contains("Geïmporteerd: <span>1</span> voorzieningen"), echt);
        assertEquals(HttpStatus.OK, client().exchange(HttpRequest.GET("/hsds/services/" + id), String.class).getStatus());
    }

    @Test
    void onlyRedactieAndBeheerders() {
        for (String email : new String[]{DemoGebruikers.AANBIEDER, DemoGebruikers.PROFESSIONAL}) {
            String cookie = Inloggen.als(client(), email);
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client().exchange(HttpRequest.GET("/beheer/import/hsds").header("Cookie", cookie), String.class));
            assertEquals(HttpStatus.FORBIDDEN, e.getStatus(), email);
            HttpClientResponseException post = assertThrows(HttpClientResponseException.class,
                    () -> upload(cookie, "x.ndjson", "{}", "importeren"));
            assertEquals(HttpStatus.FORBIDDEN, post.getStatus(), email);
        }
        HttpStatus anoniem;
        try {
            anoniem = client().exchange(HttpRequest.GET("/beheer/import/hsds"), String.class).getStatus();
        } catch (HttpClientResponseException e) {
            anoniem = e.getStatus();
        }
        assertTrue(anoniem == HttpStatus.UNAUTHORIZED || anoniem.getCode() / 100 == 3, "anoniem: " + anoniem);
        String beheerder = Inloggen.als(client(), DemoGebruikers.BEHEERDER);
        assertEquals(HttpStatus.OK, client().exchange(HttpRequest.GET("/beheer/import/hsds").header("Cookie", beheerder), String.class).getStatus());
    }
}
