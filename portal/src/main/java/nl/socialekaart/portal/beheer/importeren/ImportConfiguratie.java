package nl.socialekaart.portal.beheer.importeren;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

/** {@code sociale-kaart.import}: the largest file the import accepts (docs/configuration.md). */
@ConfigurationProperties("sociale-kaart.import")
public class ImportConfiguratie {

    private long maximaleGrootte = 20L * 1024 * 1024;

    public long getMaximaleGrootte() {
        return maximaleGrootte;
    }

    public void setMaximaleGrootte(@ReadableBytes long maximaleGrootte) {
        this.maximaleGrootte = maximaleGrootte;
    }

    /** "20 MB", for messages. */
    public String leesbaar() {
        return (maximaleGrootte / (1024 * 1024)) + " MB";
    }
}
