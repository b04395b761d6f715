package nl.socialekaart.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the search module ({@code sociale-kaart.elasticsearch.*}).
 *
 * @param url            one or more node URLs (http or https); the embedded stack sets this itself
 * @param username       basic-auth user for a secured cluster
 * @param password       basic-auth password
 * @param caCertificaat  PEM file of the CA that signed the cluster's TLS certificate, when it is not a public CA
 * @param alias          the alias searches go through; versioned indices sit behind it
 * @param replicas       replicas per index: 0 on one node, 1 or more on a production cluster
 * @param syncInterval   how often the outbox is drained into the index
 * @param syncBatch      outbox items applied per bulk request
 */
@ConfigurationProperties("sociale-kaart.elasticsearch")
public record ElasticsearchConfiguration(
        List<String> url,
        @Nullable String username,
        @Nullable String password,
        @Nullable Path caCertificaat,
        @Bindable(defaultValue = "voorzieningen") String alias,
        @Bindable(defaultValue = "0") int replicas,
        @Bindable(defaultValue = "250ms") Duration syncInterval,
        @Bindable(defaultValue = "500") int syncBatch) {
}
