package nl.socialekaart.portal.meting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

import java.time.Duration;

/**
 * Times every request on the public port as {@code sociale_kaart_verzoeken_seconds} (a histogram, tagged with the
 * {@link Routegroep} and the status class), and search requests also as {@code sociale_kaart_zoeken_seconds}. The
 * management port's own scrapes are left out: they would only measure the measuring.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class Verzoekmeting implements HttpServerFilter {

    private static final Duration[] GRENZEN = {Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private final MeterRegistry registry;

    public Verzoekmeting(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String pad = request.getPath();
        if (pad.equals("/prometheus") || pad.startsWith("/health")) {
            return chain.proceed(request);
        }
        long start = System.nanoTime();
        return Publishers.map(chain.proceed(request), response -> {
            meet(pad, response.code(), System.nanoTime() - start);
            return response;
        });
    }

    private void meet(String pad, int status, long nanos) {
        String statusklasse = (status / 100) + "xx";
        Timer.builder("sociale_kaart.verzoeken")
                .description("Duur van een HTTP-verzoek per routegroep")
                .tag("groep", Routegroep.van(pad).tag())
                .tag("status", statusklasse)
                .serviceLevelObjectives(GRENZEN)
                .register(registry)
                .record(Duration.ofNanos(nanos));
        if (Routegroep.isZoeken(pad)) {
            Timer.builder("sociale_kaart.zoeken")
                    .description("Duur van een zoekopdracht (pagina, API of professional)")
                    .tag("status", statusklasse)
                    .serviceLevelObjectives(GRENZEN)
                    .register(registry)
                    .record(Duration.ofNanos(nanos));
        }
    }
}
