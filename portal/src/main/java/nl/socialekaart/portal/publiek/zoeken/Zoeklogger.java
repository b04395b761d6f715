package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.zoeklog.Zoekopdracht;
import nl.socialekaart.directory.zoeklog.ZoeklogRepository;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.StringJoiner;

/**
 * Writes the anonymous search log off the request thread: a search never waits for, or fails on, its log.
 * Only first pages count, so paging through results is one search, not several.
 */
@Singleton
public class Zoeklogger {

    private static final Logger LOG = LoggerFactory.getLogger(Zoeklogger.class);
    private static final int MAXIMALE_FILTERLENGTE = 2000;

    private final ZoeklogRepository zoeklog;

    public Zoeklogger(ZoeklogRepository zoeklog) {
        this.zoeklog = zoeklog;
    }

    @Async
    public void log(ZoekResultaat resultaat, Zoekopdracht.Bron bron) {
        if (resultaat.vraag().pagina() != 1) {
            return;
        }
        StringJoiner filters = new StringJoiner("&");
        resultaat.vraag().filters().forEach((facet, waarden) -> waarden.forEach(w -> filters.add(facet.parameter() + "=" + w)));
        String gekozen = filters.toString();
        try {
            zoeklog.save(new Zoekopdracht(null, null, resultaat.vraag().tekst(),
                    gekozen.length() > MAXIMALE_FILTERLENGTE ? gekozen.substring(0, MAXIMALE_FILTERLENGTE) : gekozen,
                    resultaat.vraag().gekozen(Facet.KERN).stream().findFirst().orElse(null), resultaat.totaal(), bron));
        } catch (RuntimeException e) {
            LOG.warn("Zoekopdracht niet gelogd: {}", e.toString());
        }
    }
}
