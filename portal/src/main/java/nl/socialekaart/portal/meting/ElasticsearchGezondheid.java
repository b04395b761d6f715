package nl.socialekaart.portal.meting;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Map;

/**
 * Readiness only, never liveness: without Elasticsearch the search pages answer 503 but detail pages and beheer
 * work, and restarting the portal would not bring the cluster back. A load balancer can take an instance out of
 * the public search while the cluster is red or unreachable.
 */
@Singleton
@Readiness
public class ElasticsearchGezondheid extends AbstractHealthIndicator<Map<String, Object>> {

    private final ElasticsearchClient client;

    public ElasticsearchGezondheid(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try {
            HealthStatus status = client.cluster().health().status();
            healthStatus = status == HealthStatus.Red ? io.micronaut.health.HealthStatus.DOWN
                    : io.micronaut.health.HealthStatus.UP;
            return Map.of("status", status.jsonValue());
        } catch (IOException | RuntimeException e) {
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
            return Map.of("fout", e.getClass().getSimpleName());
        }
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }

    /** 1 green, 0.5 yellow, 0 red or unreachable: for the gauge, read at every scrape. */
    double waarde() {
        try {
            return switch (client.cluster().health().status()) {
                case Green -> 1.0;
                case Yellow -> 0.5;
                default -> 0.0;
            };
        } catch (IOException | RuntimeException e) {
            return 0.0;
        }
    }
}
