package nl.socialekaart.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/** The versioned indices behind the alias, and the atomic swap between them. */
@Singleton
public class VoorzieningIndex {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /** Elasticsearch's default: a change is searchable within a second. */
    private static final String VERVERSINTERVAL = "1s";

    private final ElasticsearchClient client;
    private final IndexDefinitie definitie;
    private final Clock clock;

    public VoorzieningIndex(ElasticsearchClient client, IndexDefinitie definitie) {
        this.client = client;
        this.definitie = definitie;
        this.clock = Clock.systemUTC();
    }

    public String alias() {
        return definitie.alias();
    }

    /**
     * Creates a new, empty index of the current version that the alias does not point at yet, without
     * refreshing while it is filled: nobody searches it before {@link #maakDoorzoekbaar}.
     */
    public String maakNieuweIndex() throws IOException {
        String naam = definitie.voorvoegselHuidigeVersie() + SUFFIX.format(clock.instant());
        client.indices().create(c -> c.index(naam).withJson(new StringReader(definitie.json())));
        return naam;
    }

    /** Back to the normal refresh interval, and everything written so far searchable. */
    public void maakDoorzoekbaar(String index) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time(VERVERSINTERVAL))));
        ververs(index);
    }

    /** The index the alias points at now, if any. */
    public Optional<String> actueleIndex() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            return Optional.empty();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias()));
        return response.result().keySet().stream().findFirst();
    }

    public boolean heeftHuidigeVersie() throws IOException {
        return actueleIndex().filter(index -> index.startsWith(definitie.voorvoegselHuidigeVersie())).isPresent();
    }

    /**
     * Points the alias at {@code nieuweIndex} in one {@code _aliases} call (remove + add), so no search
     * ever finds the alias missing, then deletes the indices it no longer points at.
     */
    public void wisselNaar(String nieuweIndex) throws IOException {
        Optional<String> oud = actueleIndex();
        client.indices().updateAliases(u -> {
            oud.ifPresent(index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias()))));
            return u.actions(a -> a.add(add -> add.index(nieuweIndex).alias(alias())));
        });
        for (String index : oudeIndices(nieuweIndex)) {
            client.indices().delete(d -> d.index(index));
        }
    }

    public void ververs(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    private Set<String> oudeIndices(String behalve) throws IOException {
        return client.indices().get(g -> g.index(alias() + "-v*")).result().keySet().stream()
                .filter(index -> !index.equals(behalve))
                .collect(java.util.stream.Collectors.toSet());
    }
}
