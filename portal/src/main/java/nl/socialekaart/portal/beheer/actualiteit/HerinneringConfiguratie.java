package nl.socialekaart.portal.beheer.actualiteit;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code sociale-kaart.herinneringen}: reminder e-mails to aanbieders about stale entries. Off by default, so
 * a test or demo installation sends no mail. The SMTP server and sender are {@link MailConfiguratie}'s;
 * the schedule ({@code planning}, a cron expression) is read by {@link Herinneringen}. See docs/configuration.md.
 */
@ConfigurationProperties("sociale-kaart.herinneringen")
public class HerinneringConfiguratie {

    private boolean aan;
    private String beheerUrl = "http://localhost:8080/beheer/actualiteit";

    public boolean isAan() {
        return aan;
    }

    public void setAan(boolean aan) {
        this.aan = aan;
    }

    public String getBeheerUrl() {
        return beheerUrl;
    }

    public void setBeheerUrl(String beheerUrl) {
        this.beheerUrl = beheerUrl;
    }
}
