package nl.socialekaart.portal.beheer.actualiteit;

import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.EmailSender;
import io.micronaut.email.BodyType;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.actualiteit.Actualiteit;
import nl.socialekaart.directory.actualiteit.VerouderdeVoorziening;
import nl.socialekaart.portal.web.PortalConfiguration;
import nl.socialekaart.portal.web.mail.MailConfiguratie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends each aanbieder with stale entries one e-mail listing them, to the aanbieder's own address. On a
 * schedule ({@code sociale-kaart.herinneringen.planning}) and on demand from /beheer/actualiteit; only when
 * {@code sociale-kaart.herinneringen.aan} is true.
 */
@Singleton
public class Herinneringen {

    private static final Logger LOG = LoggerFactory.getLogger(Herinneringen.class);

    private final Actualiteit actualiteit;
    private final EmailSender<?, ?> afzender;
    private final HerinneringConfiguratie configuratie;
    private final MailConfiguratie mail;
    private final PortalConfiguration portal;

    public Herinneringen(Actualiteit actualiteit, EmailSender<?, ?> afzender, HerinneringConfiguratie configuratie,
                         MailConfiguratie mail, PortalConfiguration portal) {
        this.actualiteit = actualiteit;
        this.afzender = afzender;
        this.configuratie = configuratie;
        this.mail = mail;
        this.portal = portal;
    }

    /** What one round sent: aanbieders mailed, aanbieders without address, aanbieders whose mail failed. */
    public record Verzending(List<String> verstuurd, List<String> zonderAdres, List<String> mislukt) {
    }

    public boolean aan() {
        return configuratie.isAan() && mail.verstuurt();
    }

    @Scheduled(cron = "${sociale-kaart.herinneringen.planning:0 0 7 * * MON}")
    public void volgensPlanning() {
        if (aan()) {
            Verzending verzending = verstuur();
            LOG.info("Herinneringen verstuurd aan {} aanbieders, {} zonder e-mailadres, {} mislukt",
                    verzending.verstuurd().size(), verzending.zonderAdres().size(), verzending.mislukt().size());
        }
    }

    public Verzending verstuur() {
        List<String> verstuurd = new ArrayList<>();
        List<String> zonderAdres = new ArrayList<>();
        List<String> mislukt = new ArrayList<>();
        if (!aan()) {
            return new Verzending(verstuurd, zonderAdres, mislukt);
        }
        for (List<VerouderdeVoorziening> groep : actualiteit.verouderd(Optional.empty()).values()) {
            VerouderdeVoorziening eerste = groep.getFirst();
            if (eerste.aanbiederEmail() == null || eerste.aanbiederEmail().isBlank()) {
                zonderAdres.add(eerste.aanbiederNaam());
                continue;
            }
            try {
                afzender.send(Email.builder()
                        .from(mail.getAfzender())
                        .to(eerste.aanbiederEmail())
                        .subject(HerinneringTekst.onderwerp(portal.gemeenteNaam()))
                        .body(HerinneringTekst.tekst(eerste.aanbiederNaam(), groep, configuratie.getBeheerUrl(),
                                portal.gemeenteNaam()), BodyType.TEXT));
                verstuurd.add(eerste.aanbiederNaam());
            } catch (EmailException | IllegalStateException e) {
                LOG.warn("Herinnering aan {} niet verstuurd: {}", eerste.aanbiederNaam(), e.toString());
                mislukt.add(eerste.aanbiederNaam());
            }
        }
        return new Verzending(verstuurd, zonderAdres, mislukt);
    }
}
