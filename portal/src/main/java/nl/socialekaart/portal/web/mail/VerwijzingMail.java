package nl.socialekaart.portal.web.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.socialekaart.directory.verwijzing.Verwijzing;
import nl.socialekaart.directory.verwijzing.VerwijzingGebeurtenis;
import nl.socialekaart.directory.verwijzing.VerwijzingRepository;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Properties;

/**
 * Notification e-mails about referrals, sent after the change is committed. They say only that there is
 * something new and where to log in: no name, no question, no voorziening, no id (mail is not a safe
 * channel for personal data). Without {@code sociale-kaart.mail.host} nothing is sent, only logged.
 */
@Singleton
public class VerwijzingMail {

    static final String ONDERWERP = "Nieuw bericht op de sociale kaart";
    private static final Logger LOG = LoggerFactory.getLogger(VerwijzingMail.class);

    private final VerwijzingRepository verwijzingen;
    private final GebruikerRepository gebruikers;
    private final MailConfiguratie mail;
    private final String basisUrl;

    VerwijzingMail(VerwijzingRepository verwijzingen, GebruikerRepository gebruikers, MailConfiguratie mail, @Nullable @Value("${sociale-kaart.portal.publieke-url:}") String basisUrl) {
        this.verwijzingen = verwijzingen;
        this.gebruikers = gebruikers;
        this.mail = mail;
        this.basisUrl = basisUrl == null ? "" : basisUrl.replaceAll("/+$", "");
    }

    /**
     * Runs after the commit, in the request's own (blocking) thread: on the shared scheduled executor of
     * {@code @Async} the mail could wait behind the index synchronisation and other jobs.
     */
    @TransactionalEventListener
    void opGebeurtenis(VerwijzingGebeurtenis gebeurtenis) {
        verwijzingen.findById(gebeurtenis.verwijzingId()).ifPresent(v -> {
            switch (gebeurtenis.soort()) {
                case VOOR_AANBIEDER -> stuur(verwijzingen.aanbiederAdressen(v.aanbiederId()), "/beheer/verwijzingen");
                case VOOR_PROFESSIONAL -> stuur(verwijzer(v), "/professional/verwijzingen");
            }
        });
    }

    private List<String> verwijzer(Verwijzing v) {
        return v.verwijzerId() == null ? List.of()
                : gebruikers.findById(v.verwijzerId()).filter(g -> g.actief()).map(g -> List.of(g.email())).orElse(List.of());
    }

    /** The whole message: the same for every referral. */
    static String tekst(String link) {
        return """
                Goedendag,

                Er is iets nieuws bij een verwijzing op de sociale kaart.
                Log in om het te lezen: %s

                Dit bericht bevat bewust geen gegevens over de cliënt.
                """.formatted(link);
    }

    private void stuur(List<String> aan, String pad) {
        if (aan.isEmpty()) {
            return;
        }
        if (!mail.verstuurt()) {
            LOG.info("Geen sociale-kaart.mail.host: melding aan {} ontvanger(s) niet verstuurd", aan.size());
            return;
        }
        Properties instellingen = new Properties();
        instellingen.put("mail.smtp.host", mail.getHost());
        instellingen.put("mail.smtp.port", String.valueOf(mail.getPort()));
        Session sessie = Session.getInstance(instellingen);
        for (String ontvanger : aan) {
            try {
                MimeMessage bericht = new MimeMessage(sessie);
                bericht.setFrom(new InternetAddress(mail.getAfzender()));
                bericht.setRecipient(Message.RecipientType.TO, new InternetAddress(ontvanger));
                bericht.setSubject(ONDERWERP, "UTF-8");
                bericht.setText(tekst(basisUrl + pad), "UTF-8");
                Transport.send(bericht);
            } catch (MessagingException e) {
                // a notification that does not arrive must not undo the referral; the inbox shows it anyway
                LOG.warn("Melding over een verwijzing niet verstuurd: {}", e.getMessage());
            }
        }
    }
}
