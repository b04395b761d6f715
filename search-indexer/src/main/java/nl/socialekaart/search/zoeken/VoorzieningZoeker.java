package nl.socialekaart.search.zoeken;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.search.index.VoorzieningIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Searches the published voorzieningen. Each criterion is its own query, combined in one bool. */
@Singleton
public class VoorzieningZoeker {

    static final List<String> TEKSTVELDEN = List.of(
            "naam^4", "themas.naam^2", "doelgroepen.naam^1.5", "korte_omschrijving^1.5", "omschrijving",
            "aanbieder.naam", "werkgebied.naam", "locaties.kern.naam", "locaties.naam");

    private final ElasticsearchClient client;
    private final VoorzieningIndex index;

    public VoorzieningZoeker(ElasticsearchClient client, VoorzieningIndex index) {
        this.client = client;
        this.index = index;
    }

    public ZoekResultaat zoek(ZoekVraag vraag) {
        List<Query> filters = new ArrayList<>();
        filters.add(gepubliceerd());
        if (vraag.kern() != null) {
            filters.add(inKern(vraag.kern()));
        }
        try {
            SearchResponse<VoorzieningWeergave> response = client.search(s -> {
                s.index(index.alias())
                        .from(vraag.vanaf())
                        .size(vraag.perPagina())
                        .trackTotalHits(t -> t.enabled(true))
                        .query(q -> q.bool(b -> {
                            b.filter(filters);
                            if (vraag.tekst() != null) {
                                b.must(tekst(vraag.tekst()));
                            }
                            return b;
                        }));
                if (vraag.tekst() == null) {
                    s.sort(so -> so.field(f -> f.field("naam.sorteer").order(SortOrder.Asc)));
                }
                return s;
            }, VoorzieningWeergave.class);
            List<VoorzieningWeergave> treffers = response.hits().hits().stream()
                    .map(Hit::source).filter(Objects::nonNull).toList();
            long totaal = response.hits().total() == null ? treffers.size() : response.hits().total().value();
            return new ZoekResultaat(vraag, totaal, treffers);
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }

    static Query tekst(String tekst) {
        return Query.of(q -> q.multiMatch(m -> m
                .query(tekst)
                .fields(TEKSTVELDEN)
                .type(TextQueryType.CrossFields)
                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)));
    }

    static Query inKern(String kernSlug) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("werkgebied.slug").value(kernSlug)))
                .should(s -> s.term(t -> t.field("locaties.kern.slug").value(kernSlug)))
                .minimumShouldMatch("1")));
    }

    static Query gepubliceerd() {
        return Query.of(q -> q.term(t -> t.field("status").value(Status.GEPUBLICEERD.name())));
    }
}
