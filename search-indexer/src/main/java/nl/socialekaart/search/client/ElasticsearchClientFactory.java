package nl.socialekaart.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.socialekaart.search.ElasticsearchConfiguration;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * The official Elasticsearch client, configured from {@link ElasticsearchConfiguration}. Documents are
 * (de)serialised with snake_case names, the names the database read model and the API use too.
 */
@Factory
public class ElasticsearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    RestClient restClient(ElasticsearchConfiguration configuration) {
        HttpHost[] hosts = configuration.url().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        builder.setHttpClientConfigCallback(http -> {
            if (configuration.username() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(configuration.username(), configuration.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (configuration.caCertificaat() != null) {
                http.setSSLContext(sslContext(configuration));
            }
            return http;
        });
        return builder.build();
    }

    @Singleton
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper())));
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static SSLContext sslContext(ElasticsearchConfiguration configuration) {
        try (InputStream pem = Files.newInputStream(configuration.caCertificaat())) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(pem);
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            trustStore.setCertificateEntry("ca", ca);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("CA-certificaat voor Elasticsearch onleesbaar: " + configuration.caCertificaat(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CA-certificaat voor Elasticsearch ongeldig: " + configuration.caCertificaat(), e);
        }
    }
}
