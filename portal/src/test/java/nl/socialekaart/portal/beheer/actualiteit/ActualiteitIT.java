package nl.socialekaart.portal.beheer.actualiteit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stale entries, "nog actueel" and the reminder e-mails, against the real stack and an in-process SMTP server. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActualiteitIT implements MetEmbeddedStack {

    private static final int SMTP_POORT = vrijePoort();
    private static final String BIBLIOTHEEK = "Bibliotheek Rijn &amp; Linge";
    private static final String BIBLIOTHEEK_EMAIL = "info@bibliotheek-rijnenlinge.example.nl";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject @Client("/") HttpClient http;
    @Inject DataSource dataSource;
    @Inject Herinneringen herinneringen;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> eigenschappen = new HashMap<>(MetEmbeddedStack.super.getProperties());
        eigenschappen.put("sociale-kaart.herinneringen.aan", "true");
        eigenschappen.put("sociale-kaart.mail.host", "127.0.0.1");
        eigenschappen.put("sociale-kaart.mail.port", String.valueOf(SMTP_POORT));
        eigenschappen.put("sociale-kaart.mail.afzender", "kaart@lingewaard.example.nl");
        return eigenschappen;
    }

    @Test
    void aanbiederSeesOnlyItsOwnStaleEntriesAndTheRedacteurSeesAll() {
        String alsAanbieder = pagina(DemoGebruikers.AANBIEDER);
        String alsRedacteur = pagina(DemoGebruikers.REDACTEUR);

        assertTrue(alsAanbieder.contains(BIBLIOTHEEK), alsAanbieder);
        assertFalse(alsAanbieder.contains("Beweegpunt Lingewaard"), "ander aanbod zichtbaar voor de aanbieder");
        assertFalse(alsAanbieder.contains("Herinneringen nu versturen"));
        assertTrue(alsRedacteur.contains(BIBLIOTHEEK));
        assertTrue(alsRedacteur.contains("Beweegpunt Lingewaard"));
        assertTrue(alsRedacteur.contains("Herinneringen nu versturen"));
    }

    @Test
    void nogActueelSetsTodayAndOnlyForTheOwnAanbieder() throws SQLException {
        String cookie = Inloggen.als(client(), DemoGebruikers.AANBIEDER);
        UUID eigen = voorziening("Bibliotheek Rijn & Linge");
        UUID andermans = voorziening("Beweegpunt Lingewaard");
        LocalDate andermansVoor = gecontroleerd(andermans);

        HttpResponse<String> goed = post("/beheer/actualiteit/" + eigen + "/nog-actueel", cookie);
        HttpResponse<String> fout = post("/beheer/actualiteit/" + andermans + "/nog-actueel", cookie);

        assertEquals(HttpStatus.SEE_OTHER, goed.getStatus());
        assertEquals(LocalDate.now(), gecontroleerd(eigen));
        assertEquals(HttpStatus.NOT_FOUND, fout.getStatus());
        assertEquals(andermansVoor, gecontroleerd(andermans));
        assertFalse(pagina(DemoGebruikers.AANBIEDER).contains("/beheer/actualiteit/" + eigen + "/nog-actueel"),
                "een gecontroleerde voorziening staat niet meer in de lijst");
    }

    @Test
    void remindersGoToEachAanbiederWithOnlyItsOwnEntries() throws Exception {
        String cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        List<String> andereNamen = namen("Beweegpunt Lingewaard");

        HttpResponse<String> antwoord = post("/beheer/actualiteit/herinneringen", cookie);

        assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus());
        MimeMessage[] berichten = SMTP.getReceivedMessages();
        assertTrue(berichten.length >= 2, "berichten: " + berichten.length);
        MimeMessage bibliotheek = Arrays.stream(berichten)
                .filter(b -> ontvangers(b).contains(BIBLIOTHEEK_EMAIL))
                .findFirst().orElseThrow(() -> new AssertionError("geen herinnering aan de bibliotheek"));
        String tekst = GreenMailUtil.getBody(bibliotheek);
        assertEquals("kaart@lingewaard.example.nl", GreenMailUtil.getAddressList(bibliotheek.getFrom()));
        assertTrue(tekst.contains("Beste Bibliotheek Rijn & Linge,"), tekst);
        assertTrue(tekst.contains("Nog actueel"), tekst);
        for (String ander : andereNamen) {
            assertFalse(tekst.contains(ander), "andermans voorziening in de mail: " + ander);
        }
        assertTrue(antwoord.getHeaders().get("Location").startsWith("/beheer/actualiteit?verstuurd="));
    }

    /** What the schedule (sociale-kaart.herinneringen.planning) calls: with reminders on, it sends. */
    @Test
    void scheduledRunSendsTheReminders() {
        int voor = SMTP.getReceivedMessages().length;

        herinneringen.volgensPlanning();

        assertTrue(SMTP.getReceivedMessages().length > voor);
    }

    private static String ontvangers(MimeMessage bericht) {
        try {
            return GreenMailUtil.getAddressList(bericht.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pagina(String account) {
        HttpResponse<String> antwoord = verstuur(HttpRequest.GET("/beheer/actualiteit")
                .header("Cookie", Inloggen.als(client(), account)));
        assertEquals(HttpStatus.OK, antwoord.getStatus());
        return antwoord.body();
    }

    private HttpResponse<String> post(String pad, String cookie) {
        return verstuur(HttpRequest.POST(pad, Map.of()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", cookie));
    }

    private UUID voorziening(String aanbieder) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select v.id from voorziening v join aanbieder a on a.id = v.aanbieder_id
                     where a.naam = ? and (v.laatst_gecontroleerd is null or v.laatst_gecontroleerd < current_date - interval '6 months')
                       and v.status <> 'GEARCHIVEERD' order by v.naam limit 1""")) {
            s.setString(1, aanbieder);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "geen ongecontroleerde voorziening van " + aanbieder);
                return r.getObject(1, UUID.class);
            }
        }
    }

    private List<String> namen(String aanbieder) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select v.naam from voorziening v join aanbieder a on a.id = v.aanbieder_id where a.naam = ?")) {
            s.setString(1, aanbieder);
            try (ResultSet r = s.executeQuery()) {
                List<String> namen = new java.util.ArrayList<>();
                while (r.next()) {
                    namen.add(r.getString(1));
                }
                assertFalse(namen.isEmpty());
                return namen;
            }
        }
    }

    private LocalDate gecontroleerd(UUID id) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("select laatst_gecontroleerd from voorziening where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1, LocalDate.class);
            }
        }
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpResponse<String> verstuur(MutableHttpRequest<?> verzoek) {
        try {
            return client().exchange(verzoek, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> antwoord = (HttpResponse<String>) e.getResponse();
            return antwoord;
        }
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
