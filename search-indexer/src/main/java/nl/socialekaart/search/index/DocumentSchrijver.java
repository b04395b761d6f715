package nl.socialekaart.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the documents of some voorzieningen in an index up to date with PostgreSQL: published ones
 * are (re)indexed, all others (concept, archived, deleted) removed. Applying it twice changes nothing.
 */
@Singleton
public class DocumentSchrijver {

    private final ElasticsearchClient client;
    private final VoorzieningWeergaveReader reader;

    public DocumentSchrijver(ElasticsearchClient client, VoorzieningWeergaveReader reader) {
        this.client = client;
        this.reader = reader;
    }

    /** @throws DocumentNietGeschrevenException when Elasticsearch refused any of them */
    public void schrijf(String index, Collection<UUID> voorzieningIds) throws IOException {
        if (voorzieningIds.isEmpty()) {
            return;
        }
        Map<UUID, VoorzieningWeergave> weergaven = reader.lees(voorzieningIds).stream()
                .collect(Collectors.toMap(VoorzieningWeergave::id, Function.identity()));
        List<BulkOperation> operaties = new ArrayList<>(voorzieningIds.size());
        for (UUID id : voorzieningIds) {
            VoorzieningWeergave weergave = weergaven.get(id);
            if (weergave != null && weergave.status() == Status.GEPUBLICEERD) {
                operaties.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(id.toString()).document(VoorzieningDocument.van(weergave)))));
            } else {
                operaties.add(BulkOperation.of(op -> op.delete(d -> d.index(index).id(id.toString()))));
            }
        }
        BulkResponse response = client.bulk(b -> b.operations(operaties));
        List<String> fouten = response.items().stream()
                .filter(item -> item.error() != null)
                .map(item -> item.id() + ": " + item.error().reason())
                .toList();
        if (!fouten.isEmpty()) {
            throw new DocumentNietGeschrevenException(fouten);
        }
    }
}
