package nl.socialekaart.portal.meting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.portal.beheer.index.IndexHerbouw;
import nl.socialekaart.portal.beheer.index.IndexStand;
import nl.socialekaart.portal.beheer.index.IndexStandLezer;
import nl.socialekaart.portal.beheer.importeren.ImportTaak;
import nl.socialekaart.portal.beheer.importeren.ImportTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.ToDoubleFunction;

/**
 * The product's own state as gauges, read at every Prometheus scrape (every 15-60 s, a few cheap queries): how far
 * the index is behind PostgreSQL, and what the background jobs are doing. A gauge whose source fails reads NaN
 * rather than failing the whole scrape.
 */
@Singleton
public class Toestandsmeting implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(Toestandsmeting.class);

    // Providers: the meter registry is made while the DataSource is (for its pool metrics), and binds this class
    // then; asking for the Outbox right away would make a second DataSource, and so on until PostgreSQL refuses
    private final Provider<Outbox> outbox;
    private final Provider<IndexStandLezer> indexStand;
    private final Provider<IndexHerbouw> herbouw;
    private final Provider<ImportTaken> imports;
    private final Provider<ElasticsearchGezondheid> elasticsearch;

    public Toestandsmeting(Provider<Outbox> outbox, Provider<IndexStandLezer> indexStand, Provider<IndexHerbouw> herbouw,
                           Provider<ImportTaken> imports, Provider<ElasticsearchGezondheid> elasticsearch) {
        this.outbox = outbox;
        this.indexStand = indexStand;
        this.herbouw = herbouw;
        this.imports = imports;
        this.elasticsearch = elasticsearch;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        meter(registry, "sociale_kaart.outbox.achterstand", "Open outbox-rijen: wijzigingen die nog niet in de zoekindex staan",
                o -> outbox.get().achterstand());
        meter(registry, "sociale_kaart.outbox.oudste.open.seconden", "Leeftijd van de oudste open outbox-rij (0 als er geen is)",
                o -> outbox.get().oudsteOpen().toMillis() / 1000.0);
        meter(registry, "sociale_kaart.index.verschil", "Gepubliceerde voorzieningen in PostgreSQL min documenten achter de alias",
                o -> verschil(indexStand.get().lees()));
        meter(registry, "sociale_kaart.herindexering.bezig", "1 terwijl een volledige herindexering loopt",
                o -> herbouw.get().stand().bezig() ? 1 : 0);
        meter(registry, "sociale_kaart.herindexering.procent", "Voortgang van de lopende of laatste herindexering",
                o -> herbouw.get().stand().procent());
        meter(registry, "sociale_kaart.import.bezig", "Lopende imports (controle of schrijven)",
                o -> imports.get().bezig().size());
        meter(registry, "sociale_kaart.import.procent", "Voortgang van de langzaamste lopende import",
                o -> imports.get().bezig().stream().mapToInt(ImportTaak::procent).min().orElse(0));
        meter(registry, "sociale_kaart.elasticsearch.gezondheid", "1 groen, 0.5 geel, 0 rood of onbereikbaar",
                o -> elasticsearch.get().waarde());
    }

    private static double verschil(IndexStand stand) {
        return stand.elasticsearch() == null ? Double.NaN : stand.postgres() - stand.elasticsearch();
    }

    private void meter(MeterRegistry registry, String naam, String omschrijving, ToDoubleFunction<Object> bron) {
        Gauge.builder(naam, this, o -> {
            try {
                return bron.applyAsDouble(o);
            } catch (RuntimeException e) {
                LOG.debug("meetwaarde {} niet te lezen: {}", naam, e.toString());
                return Double.NaN;
            }
        }).description(omschrijving).register(registry);
    }
}
