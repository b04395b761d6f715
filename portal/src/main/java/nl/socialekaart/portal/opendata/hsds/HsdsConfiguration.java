package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code sociale-kaart.hsds.*}: the open-data API's per-client rate limit. */
@ConfigurationProperties("sociale-kaart.hsds")
public class HsdsConfiguration {

    /** Requests a client (one IP address) may make per minute; then 429 until the minute is over. */
    private int verzoekenPerMinuut = 300;

    public int getVerzoekenPerMinuut() {
        return verzoekenPerMinuut;
    }

    public void setVerzoekenPerMinuut(int verzoekenPerMinuut) {
        this.verzoekenPerMinuut = verzoekenPerMinuut;
    }
}
