package nl.socialekaart.portal.professional.verwijzing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
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
import nl.socialekaart.directory.gebruiker.Gebruiker;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.gebruiker.Gebruikers;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.verwijzing.Bewaartermijn;
import nl.socialekaart.directory.verwijzing.Lezer;
import nl.socialekaart.directory.verwijzing.NieuweVerwijzing;
import nl.socialekaart.directory.verwijzing.Urgentie;
import nl.socialekaart.directory.verwijzing.Verwijzing;
import nl.socialekaart.directory.verwijzing.VerwijzingOverzicht;
import nl.socialekaart.directory.verwijzing.VerwijzingRepository;
import nl.socialekaart.directory.verwijzing.VerwijzingStatus;
import nl.socialekaart.directory.verwijzing.Verwijzingen;
import nl.socialekaart.portal.beheer.Inloggen;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Professionals and referrals end to end on the demo data (real PostgreSQL, Elasticsearch, HTTP and an
 * in-process SMTP server): internal fields stay internal, referrals reach only the sending team and the
 * receiving organisation, every read is logged, mails carry no personal data, retention anonymises.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerwijzingIT implements MetEmbeddedStack {

    static final String WACHTWOORD = "test-wachtwoord-voor-verwijzingen-42";
    static final UUID TAALCAFE = demoId("voorziening", "lw-taalcafe-huissen");
    static final UUID DIGISTERKER = demoId("voorziening", "lw-digisterker");
    static final UUID FORMULIERENHULP = demoId("voorziening", "lw-formulierenhulp");
    static final UUID HUISKAMER = demoId("voorziening", "lw-huiskamer-huissen");
    static final UUID BEMMEL = demoId("gebied", "GM1705/bemmel-haalderen-ressen");
    static final UUID LINGEHART = demoId("aanbieder", "lw-lingehart");

    @Inject @Client("/") HttpClient http;
    @Inject Gebruikers gebruikers;
    @Inject GebruikerRepository gebruikerRepository;
    @Inject KernRepository kernen;
    @Inject Verwijzingen verwijzingen;
    @Inject VerwijzingRepository verwijzingRepository;
    @Inject Bewaartermijn bewaartermijn;
    @Inject VerwijzingOverzicht overzicht;
    @Inject DataSource dataSource;

    private GreenMail smtp;
    private final String uniek = UUID.randomUUID().toString().substring(0, 8);
    private String professional;
    private String anderTeam;
    private String aanbieder;
    private String andereAanbieder;
    private String redacteur;
    private String beheerder;

    /**
     * The test framework may ask for the properties more than once (and refreshes the configuration when they
     * change), so the SMTP server is started once and every call names the same one.
     */
    @Override
    public Map<String, String> getProperties() {
        if (smtp == null) {
            int poort;
            try (ServerSocket vrij = new ServerSocket(0)) {
                poort = vrij.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            smtp = new GreenMail(new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        Map<String, String> properties = new HashMap<>(MetEmbeddedStack.super.getProperties());
        properties.put("sociale-kaart.mail.host", "127.0.0.1");
        properties.put("sociale-kaart.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        return properties;
    }

    @BeforeAll
    void accounts() {
        gebruikers.maak("pro-bemmel-" + uniek + "@test.nl", "Bram Bemmel", WACHTWOORD, Rol.PROFESSIONAL, null, BEMMEL);
        gebruikers.maak("lingehart-" + uniek + "@test.nl", "Lotte Lingehart", WACHTWOORD, Rol.AANBIEDER, LINGEHART, null);
        professional = Inloggen.als(client(), DemoGebruikers.PROFESSIONAL);
        aanbieder = Inloggen.als(client(), DemoGebruikers.AANBIEDER);
        redacteur = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        beheerder = Inloggen.als(client(), DemoGebruikers.BEHEERDER);
        anderTeam = Inloggen.als(client(), "pro-bemmel-" + uniek + "@test.nl", WACHTWOORD);
        andereAanbieder = Inloggen.als(client(), "lingehart-" + uniek + "@test.nl", WACHTWOORD);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    // ---- (1) fields only professionals see

    @Test
    void professionalFieldsAreShownToProfessionalsButNeverPublicly() throws Exception {
        String geheim = "Bel-eerst-Marja-" + uniek;
        HttpResponse<String> opgeslagen = verstuur(post("/beheer/voorzieningen/" + TAALCAFE + "/professioneel", redacteur,
                Map.of("telefoonIntern", "026 - 123 45 67", "emailIntern", "intern@bibliotheek.test",
                        "aanmeldprocedure", "Mail de vraag naar het interne adres", "wachttijd", "2 weken",
                        "capaciteit", "12 deelnemers", "notities", geheim)));
        assertEquals(HttpStatus.SEE_OTHER, opgeslagen.getStatus());
        Thread.sleep(1500); // the outbox would carry any change to the index within ~1 s; give it the chance to leak

        String zoeken = get("/professional/zoeken?q=taalcaf%C3%A9", professional).body();
        assertTrue(zoeken.contains(geheim), "professional ziet de notitie");
        assertTrue(zoeken.contains("2 weken"));

        String api = verstuur(HttpRequest.GET("/api/v1/zoeken?q=taalcafe")).body();
        assertTrue(api.contains("Taalcaf"), api);
        assertFalse(api.contains(geheim) || api.contains("intern@bibliotheek.test") || api.contains("2 weken"), api);

        HttpResponse<String> doorverwijzing = verstuur(HttpRequest.GET("/voorziening/" + TAALCAFE + "/x"));
        String publiek = verstuur(HttpRequest.GET(doorverwijzing.getHeaders().get("Location"))).body();
        assertTrue(publiek.contains("Taalcaf"), publiek);
        assertFalse(publiek.contains(geheim) || publiek.contains("intern@bibliotheek.test") || publiek.contains("12 deelnemers"));
        assertFalse(verstuur(HttpRequest.GET("/zoeken?q=taalcafe")).body().contains(geheim));
    }

    @Test
    void professionalFieldsFormChecksInputAndOwnership() {
        HttpResponse<String> fout = verstuur(post("/beheer/voorzieningen/" + TAALCAFE + "/professioneel", aanbieder,
                Map.of("telefoonIntern", "bel maar", "emailIntern", "geen-adres")));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, fout.getStatus());
        assertTrue(fout.body().contains("Vul een Nederlands telefoonnummer in"), fout.body());
        assertTrue(fout.body().contains("Vul een geldig e-mailadres in."));

        assertEquals(HttpStatus.OK, get("/beheer/voorzieningen/" + TAALCAFE + "/professioneel", aanbieder).getStatus());
        assertTrue(get("/beheer/voorzieningen/" + TAALCAFE, aanbieder).body()
                .contains("href=\"/beheer/voorzieningen/" + TAALCAFE + "/professioneel\""), "het bewerkformulier wijst de weg");
        HttpResponse<String> vanAnder = get("/beheer/voorzieningen/" + TAALCAFE + "/professioneel", andereAanbieder);
        HttpResponse<String> geraden = get("/beheer/voorzieningen/" + UUID.randomUUID() + "/professioneel", andereAanbieder);
        assertEquals(HttpStatus.NOT_FOUND, vanAnder.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, geraden.getStatus());
        assertEquals(vanAnder.body(), geraden.body());
        assertEquals(HttpStatus.NOT_FOUND, verstuur(post("/beheer/voorzieningen/" + TAALCAFE + "/professioneel", andereAanbieder,
                Map.of("notities", "overschreven"))).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/voorzieningen/" + TAALCAFE + "/professioneel", professional).getStatus());
    }

    // ---- (2) + (3) referral, inbox, decision, notification

    @Test
    void referralGoesEncryptedToTheAanbiederWhoAcceptsAndTheProfessionalSeesIt() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        String naam = "J. Jansen-" + uniek;
        HttpResponse<String> verstuurd = verstuur(post("/professional/verwijzingen", professional, formulier(TAALCAFE, naam)));
        assertEquals(HttpStatus.SEE_OTHER, verstuurd.getStatus(), verstuurd.body());
        String pad = verstuurd.getHeaders().get("Location").replaceAll("\\?.*", "");
        UUID id = UUID.fromString(pad.substring(pad.lastIndexOf('/') + 1));

        // at rest: no plaintext anywhere in the row
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("select * from verwijzing where id = ?")) {
            s.setObject(1, id);
            ResultSet rij = s.executeQuery();
            assertTrue(rij.next());
            for (int i = 1; i <= rij.getMetaData().getColumnCount(); i++) {
                byte[] waarde = rij.getBytes(i);
                String tekst = waarde == null ? "" : new String(waarde, StandardCharsets.UTF_8);
                assertFalse(tekst.contains("Jansen") || tekst.contains("schulden") || tekst.contains("06-12"),
                        "kolom " + rij.getMetaData().getColumnName(i));
            }
        }

        String detail = get(pad, professional).body();
        assertTrue(detail.contains(naam) && detail.contains("verstuurd"), detail);
        assertTrue(get("/professional/verwijzingen", professional).body().contains(naam));

        // the aanbieder's mail says only that there is something new
        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "geen melding aan de aanbieder");
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> adres(m).equals(DemoGebruikers.AANBIEDER)).findFirst().orElseThrow();
        String inhoud = mail.getSubject() + GreenMailUtil.getBody(mail);
        assertFalse(inhoud.contains("Jansen") || inhoud.contains("Taalcaf") || inhoud.contains(id.toString()), inhoud);
        assertTrue(inhoud.contains("/beheer/verwijzingen"), inhoud);

        String inbox = get("/beheer/verwijzingen", aanbieder).body();
        assertTrue(inbox.contains(naam), inbox);
        assertFalse(get("/beheer/verwijzingen", andereAanbieder).body().contains(naam));
        String bijAanbieder = get("/beheer/verwijzingen/" + id, aanbieder).body();
        assertTrue(bijAanbieder.contains("Piet Professional") && bijAanbieder.contains(DemoGebruikers.PROFESSIONAL),
                "warme overdracht: de verwijzer staat erbij");

        smtp.purgeEmailFromAllMailboxes();
        HttpResponse<String> geaccepteerd = verstuur(post("/beheer/verwijzingen/" + id + "/reactie", aanbieder,
                Map.of("keuze", "ACCEPTEREN", "toelichting", "Welkom donderdag om 10 uur")));
        assertEquals(HttpStatus.SEE_OTHER, geaccepteerd.getStatus(), geaccepteerd.body());

        String nu = get(pad, professional).body();
        assertTrue(nu.contains("geaccepteerd"), nu);
        assertTrue(nu.contains("Anna Aanbieder") && nu.contains(DemoGebruikers.AANBIEDER), "contactpersoon van de aanbieder");
        assertTrue(nu.contains("Welkom donderdag om 10 uur"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "geen melding aan de professional");
        MimeMessage terug = smtp.getReceivedMessages()[0];
        assertEquals(DemoGebruikers.PROFESSIONAL, adres(terug));
        assertFalse(GreenMailUtil.getBody(terug).contains("Jansen"));

        HttpResponse<String> nogmaals = verstuur(post("/beheer/verwijzingen/" + id + "/reactie", aanbieder,
                Map.of("keuze", "AFWIJZEN", "toelichting", "toch niet")));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, nogmaals.getStatus());
        assertTrue(nogmaals.body().contains("Deze verwijzing is al geaccepteerd."));

        assertTrue(inzages(id) >= 5, "elke inzage staat in verwijzing_inzage");
        String spoor = get("/beheer/verwijzingen/inzage?verwijzing=" + id, beheerder).body();
        assertTrue(spoor.contains("Piet Professional") && spoor.contains("Anna Aanbieder"), "de beheerder ziet wie las");
        assertTrue(spoor.contains("geopend") && spoor.contains("geaccepteerd"), spoor);
        assertFalse(spoor.contains(naam), "geen cliëntgegevens in het spoor");
        HttpResponse<String> geenNummer = get("/beheer/verwijzingen/inzage?verwijzing=12345", beheerder);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, geenNummer.getStatus());
        assertTrue(geenNummer.body().contains("Dit is geen verwijzingsnummer."));
    }

    @Test
    void aanbiederDeclinesWithAReasonOrAsksAndTheProfessionalAnswers() {
        UUID id = stuurViaHttp(TAALCAFE, "K.L.-" + uniek);
        HttpResponse<String> zonderReden = verstuur(post("/beheer/verwijzingen/" + id + "/reactie", aanbieder,
                Map.of("keuze", "AFWIJZEN")));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, zonderReden.getStatus());
        assertTrue(zonderReden.body().contains("Geef de reden van de afwijzing."));

        assertEquals(HttpStatus.SEE_OTHER, verstuur(post("/beheer/verwijzingen/" + id + "/reactie", aanbieder,
                Map.of("keuze", "INFORMATIE_VRAGEN", "toelichting", "Spreekt de cliënt Arabisch?"))).getStatus());
        assertTrue(get("/professional/verwijzingen/" + id, professional).body().contains("meer informatie gevraagd"));
        assertEquals(HttpStatus.SEE_OTHER, verstuur(post("/professional/verwijzingen/" + id + "/aanvulling", professional,
                Map.of("aanvulling", "Ja, en een beetje Nederlands"))).getStatus());
        assertTrue(get("/beheer/verwijzingen/" + id, aanbieder).body().contains("Ja, en een beetje Nederlands"));

        assertEquals(HttpStatus.SEE_OTHER, verstuur(post("/beheer/verwijzingen/" + id + "/reactie", aanbieder,
                Map.of("keuze", "AFWIJZEN", "toelichting", "Groep is vol tot de zomer"))).getStatus());
        String bijProfessional = get("/professional/verwijzingen/" + id, professional).body();
        assertTrue(bijProfessional.contains("afgewezen") && bijProfessional.contains("Groep is vol tot de zomer"));
    }

    @Test
    void referralWithoutConsentOrFieldsIsRefusedWithDutchMessagesAndNothingStored() {
        long voor = verwijzingRepository.count();
        Map<String, String> velden = new LinkedHashMap<>(formulier(TAALCAFE, "X"));
        velden.remove("toestemming");
        velden.put("vraag", " ");
        velden.put("toestemmingOp", LocalDate.now().plusDays(3).toString());
        HttpResponse<String> antwoord = verstuur(post("/professional/verwijzingen", professional, velden));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, antwoord.getStatus());
        assertTrue(antwoord.body().contains("Verwijs alleen met toestemming van de cliënt"), antwoord.body());
        assertTrue(antwoord.body().contains("Beschrijf de vraag van de cliënt"));
        assertTrue(antwoord.body().contains("ligt in de toekomst"));
        assertEquals(voor, verwijzingRepository.count());
    }

    // ---- (6) no IDOR: other team, other organisation, anonymous, guessed ids

    @Test
    void otherTeamOtherAanbiederAnonymousAndGuessedIdsAllGetNothing() {
        UUID id = stuurViaHttp(TAALCAFE, "Geheim-" + uniek);
        String geraden = UUID.randomUUID().toString();

        HttpResponse<String> anderTeamDetail = get("/professional/verwijzingen/" + id, anderTeam);
        HttpResponse<String> geradenDetail = get("/professional/verwijzingen/" + geraden, anderTeam);
        assertEquals(HttpStatus.NOT_FOUND, anderTeamDetail.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, geradenDetail.getStatus());
        assertEquals(anderTeamDetail.body(), geradenDetail.body(), "niet te zien of een id bestaat");
        assertEquals(HttpStatus.NOT_FOUND, get("/professional/verwijzingen/niet-eens-een-uuid", anderTeam).getStatus());
        assertFalse(get("/professional/verwijzingen", anderTeam).body().contains("Geheim-" + uniek));
        assertEquals(HttpStatus.NOT_FOUND, verstuur(post("/professional/verwijzingen/" + id + "/aanvulling", anderTeam,
                Map.of("aanvulling", "x"))).getStatus());

        HttpResponse<String> andereOrganisatie = get("/beheer/verwijzingen/" + id, andereAanbieder);
        assertEquals(HttpStatus.NOT_FOUND, andereOrganisatie.getStatus());
        assertEquals(get("/beheer/verwijzingen/" + geraden, andereAanbieder).body(), andereOrganisatie.body());
        assertEquals(HttpStatus.NOT_FOUND, verstuur(post("/beheer/verwijzingen/" + id + "/reactie", andereAanbieder,
                Map.of("keuze", "ACCEPTEREN"))).getStatus());
        assertEquals(VerwijzingStatus.VERSTUURD, verwijzingRepository.findById(id).orElseThrow().status());

        for (String pad : List.of("/professional/verwijzingen/" + id, "/beheer/verwijzingen/" + id, "/professional/verwijzingen",
                "/beheer/verwijzingen", "/beheer/verwijzingen/overzicht", "/professional/zoeken")) {
            HttpResponse<String> anoniem = verstuur(HttpRequest.GET(pad).accept(MediaType.TEXT_HTML_TYPE));
            assertEquals(HttpStatus.SEE_OTHER, anoniem.getStatus(), pad);
            assertFalse(anoniem.getBody(String.class).orElse("").contains("Geheim-"));
        }
        HttpResponse<String> anoniemReactie = verstuur(HttpRequest.POST("/beheer/verwijzingen/" + id + "/reactie",
                Map.of("keuze", "ACCEPTEREN")).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertTrue(anoniemReactie.getStatus() == HttpStatus.SEE_OTHER || anoniemReactie.getStatus() == HttpStatus.UNAUTHORIZED);

        // beheer roles see counts, not referrals; a professional cannot use the aanbieder's inbox
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/verwijzingen/" + id, beheerder).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, get("/professional/verwijzingen/" + id, redacteur).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/verwijzingen/" + id, professional).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/verwijzingen/overzicht", aanbieder).getStatus());
    }

    @Test
    void referralToAnUnknownVoorzieningIsTheSame404() {
        HttpResponse<String> antwoord = verstuur(post("/professional/verwijzingen", professional,
                formulier(UUID.randomUUID(), "X")));
        assertEquals(HttpStatus.NOT_FOUND, antwoord.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, get("/professional/voorzieningen/" + UUID.randomUUID(), professional).getStatus());
    }

    // ---- (4) retention

    @Test
    void closedReferralsAreAnonymisedAfterTheRetentionPeriodOpenOnesStay() {
        Lezer pro = pro();
        Verwijzing gesloten = verwijzingen.stuur(nieuw(HUISKAMER, "Oud-" + uniek), pro);
        Verwijzing open = verwijzingen.stuur(nieuw(HUISKAMER, "Open-" + uniek), pro);
        Gebruiker lingehart = gebruikerRepository.findByEmail("lingehart-" + uniek + "@test.nl").orElseThrow();
        Lezer org = new Lezer(lingehart.id(), lingehart.naam(), Rol.AANBIEDER, null, LINGEHART);
        verwijzingen.reageer(gesloten.id(), org, Verwijzingen.Besluit.AFWIJZEN, "Past niet");

        bewaartermijn.anonimiseer(Instant.now().plus(Duration.ofDays(300)));
        assertNotNull(verwijzingRepository.findById(gesloten.id()).orElseThrow().clientGegevens(),
                "binnen de termijn (12 maanden) blijft alles staan");
        assertTrue(bewaartermijn.anonimiseer(Instant.now().plus(Duration.ofDays(370))) >= 1);

        Verwijzing na = verwijzingRepository.findById(gesloten.id()).orElseThrow();
        assertNull(na.clientGegevens());
        assertNull(na.berichten());
        assertNull(na.verwijzerId());
        assertNotNull(na.geanonimiseerdOp());
        assertEquals(VerwijzingStatus.AFGEWEZEN, na.status(), "de telling blijft kloppen");
        assertNotNull(verwijzingRepository.findById(open.id()).orElseThrow().clientGegevens());
        assertTrue(get("/professional/verwijzingen/" + gesloten.id(), professional).body().contains("na de bewaartermijn verwijderd"));
    }

    // ---- (5) the gemeente's counts

    @Test
    void beheerderSeesOnlyCountsWithSmallCellsSuppressed() {
        Lezer pro = pro();
        for (int i = 0; i < 5; i++) {
            verwijzingen.stuur(nieuw(DIGISTERKER, "Teller-" + i), pro);
        }
        verwijzingen.stuur(nieuw(FORMULIERENHULP, "Enkel"), pro);

        var cellen = overzicht.cellen();
        var digisterker = cellen.stream().filter(c -> c.kern().equals("Huissen") && c.thema().equals("Advies en informatie")
                && c.status().equals("verstuurd")).findFirst().orElseThrow();
        assertTrue(digisterker.aantal() != null && digisterker.aantal() >= 5, cellen.toString());
        var geld = cellen.stream().filter(c -> c.kern().equals("Huissen") && c.status().equals("verstuurd")
                && c.thema().equals("Geld en schulden")).findFirst().orElseThrow();
        assertNull(geld.aantal(), "één verwijzing valt weg: " + geld);

        String pagina = get("/beheer/verwijzingen/overzicht", beheerder).body();
        assertTrue(pagina.contains("minder dan 5"), pagina);
        assertFalse(pagina.contains("Teller-") || pagina.contains("Enkel"), "geen persoonsgegevens in het overzicht");
    }

    // ---- (7) shortlist

    @Test
    void shortlistBecomesAPrintablePageAPdfAndAPublicLinkWithoutPersonalData() {
        HttpResponse<String> toegevoegd = verstuur(post("/professional/lijstjes", professional,
                Map.of("v", TAALCAFE.toString(), "q", "taalcafe")));
        assertEquals(HttpStatus.SEE_OTHER, toegevoegd.getStatus());
        Matcher code = Pattern.compile("lijstje=([a-z2-9]{10})").matcher(toegevoegd.getHeaders().get("Location"));
        assertTrue(code.find(), toegevoegd.getHeaders().get("Location"));
        HttpResponse<String> meer = verstuur(post("/professional/lijstjes", professional,
                Map.of("v", DIGISTERKER.toString(), "lijstje", code.group(1))));
        Matcher tweede = Pattern.compile("lijstje=([a-z2-9]{10})").matcher(meer.getHeaders().get("Location"));
        assertTrue(tweede.find());

        String pagina = get("/professional/lijstjes/" + tweede.group(1), professional).body();
        assertTrue(pagina.contains("Taalcaf") && pagina.contains("Digisterker"), pagina);
        assertTrue(pagina.contains("/lijstje/" + tweede.group(1)));

        HttpResponse<byte[]> pdf = verstuurBytes(HttpRequest.GET("/professional/lijstjes/" + tweede.group(1) + "/pdf")
                .header("Cookie", professional));
        assertEquals(HttpStatus.OK, pdf.getStatus());
        assertEquals("application/pdf", pdf.getContentType().orElseThrow().toString());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

        String publiek = verstuur(HttpRequest.GET("/lijstje/" + tweede.group(1))).body();
        assertTrue(publiek.contains("Digisterker"), publiek);
        assertFalse(publiek.contains("Bel-eerst-Marja"), "geen interne gegevens op de openbare pagina");
        HttpResponse<byte[]> qr = verstuurBytes(HttpRequest.GET("/lijstje/" + tweede.group(1) + "/qr.png"));
        assertEquals(HttpStatus.OK, qr.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, verstuur(HttpRequest.GET("/lijstje/abcdefghij")).getStatus());
    }

    // ---- helpers

    private Lezer pro() {
        Gebruiker piet = gebruikerRepository.findByEmail(DemoGebruikers.PROFESSIONAL).orElseThrow();
        return new Lezer(piet.id(), piet.naam(), Rol.PROFESSIONAL, piet.gebiedId(), null);
    }

    private NieuweVerwijzing nieuw(UUID voorziening, String naam) {
        return new NieuweVerwijzing(voorziening, kernen.findBySlug("huissen").orElseThrow().id(), naam, "06-12345678",
                "Zoekt hulp bij formulieren", true, LocalDate.now(), Urgentie.NORMAAL);
    }

    private Map<String, String> formulier(UUID voorziening, String naam) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("voorziening", voorziening.toString());
        velden.put("kern", kernen.findBySlug("huissen").orElseThrow().id().toString());
        velden.put("naam", naam);
        velden.put("bereikbaar", "06-12345678, liefst 's middags");
        velden.put("vraag", "Wil Nederlands oefenen, heeft schulden");
        velden.put("urgentie", "NORMAAL");
        velden.put("toestemming", "ja");
        velden.put("toestemmingOp", LocalDate.now().toString());
        return velden;
    }

    private UUID stuurViaHttp(UUID voorziening, String naam) {
        HttpResponse<String> verstuurd = verstuur(post("/professional/verwijzingen", professional, formulier(voorziening, naam)));
        assertEquals(HttpStatus.SEE_OTHER, verstuurd.getStatus(), verstuurd.body());
        String pad = verstuurd.getHeaders().get("Location").replaceAll("\\?.*", "");
        return UUID.fromString(pad.substring(pad.lastIndexOf('/') + 1));
    }

    private long inzages(UUID id) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from verwijzing_inzage where verwijzing_id = ?")) {
            s.setObject(1, id);
            ResultSet rij = s.executeQuery();
            rij.next();
            return rij.getLong(1);
        }
    }

    private static String adres(MimeMessage bericht) {
        try {
            return bericht.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID demoId(String soort, String sleutel) {
        return UUID.nameUUIDFromBytes((soort + ":" + sleutel).getBytes(StandardCharsets.UTF_8));
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpResponse<String> get(String pad, String cookie) {
        return verstuur(HttpRequest.GET(pad).header("Cookie", cookie).accept(MediaType.TEXT_HTML_TYPE));
    }

    private static MutableHttpRequest<Map<String, String>> post(String pad, String cookie, Map<String, String> velden) {
        return HttpRequest.POST(pad, velden).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", cookie);
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

    private HttpResponse<byte[]> verstuurBytes(MutableHttpRequest<?> verzoek) {
        try {
            return client().exchange(verzoek, byte[].class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<byte[]> antwoord = (HttpResponse<byte[]>) e.getResponse();
            return antwoord;
        }
    }
}
