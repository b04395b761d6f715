package nl.socialekaart.portal.web.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code sociale-kaart.mail}: the one SMTP server and sender for all e-mail the portal sends: reminders to
 * aanbieders (through Micronaut's {@code EmailSender}, application.yml passes host and port on to it) and
 * referral notifications (Jakarta Mail directly). Without a host nothing is sent, so a demo or test
 * installation mails no one.
 */
@ConfigurationProperties("sociale-kaart.mail")
public class MailConfiguratie {

    private String host;
    private int port = 25;
    private String afzender = "noreply@sociale-kaart.invalid";

    public boolean verstuurt() {
        return host != null && !host.isBlank();
    }

    @Nullable
    public String getHost() {
        return host;
    }

    public void setHost(@Nullable String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getAfzender() {
        return afzender;
    }

    public void setAfzender(String afzender) {
        this.afzender = afzender;
    }
}
