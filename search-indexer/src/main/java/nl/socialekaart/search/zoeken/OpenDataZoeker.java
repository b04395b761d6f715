package nl.socialekaart.search.zoeken;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.uitwisseling.Taxonomie;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.search.index.VoorzieningIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The search behind the open-data (HSDS) API: the portal's text query ({@link VoorzieningZoeker#tekst}) and its
 * published-only filter, plus the filters HSDS asks for (aanbieder, taxonomy term, taxonomy, changed since).
 * No facets: HSDS clients don't show counts, and leaving the aggregations out keeps a page fast.
 */
@Singleton
public class OpenDataZoeker {

    private static final int STREAM_BATCH = 500;

    private final ElasticsearchClient client;
    private final VoorzieningIndex index;

    public OpenDataZoeker(ElasticsearchClient client, VoorzieningIndex index) {
        this.client = client;
        this.index = index;
    }

    public record Resultaat(long totaal, List<VoorzieningWeergave> treffers) {
    }

    /**
     * The fields of a voorziening itself, without its relations: enough for an HSDS service in a list, and a
     * fraction of the document to fetch and parse.
     */
    public static final List<String> EIGEN_VELDEN = List.of("id", "naam", "korte_omschrijving", "omschrijving", "soort",
            "toegang", "kosten", "kosten_toelichting", "telefoon", "email", "website", "status", "laatst_gecontroleerd",
            "gewijzigd_op", "aanbieder.id");

    /** One page with whole weergaven. */
    public Resultaat zoek(OpenDataVraag vraag) {
        return zoek(vraag, true);
    }

    /**
     * One page: by relevance when there is text, else by name; the id breaks ties, so pages never overlap.
     *
     * @param volledig false: only {@link #EIGEN_VELDEN} are filled (relations are null)
     */
    public Resultaat zoek(OpenDataVraag vraag, boolean volledig) {
        try {
            SearchResponse<VoorzieningWeergave> response = client.search(s -> {
                s.index(index.alias())
                        .from(vraag.vanaf())
                        .size(vraag.perPagina())
                        .trackTotalHits(t -> t.enabled(true))
                        .query(query(vraag))
                        .sort(sortering(vraag));
                if (!volledig) {
                    s.source(src -> src.filter(f -> f.includes(EIGEN_VELDEN)));
                }
                return s;
            }, VoorzieningWeergave.class);
            List<VoorzieningWeergave> treffers = response.hits().hits().stream()
                    .map(Hit::source).filter(Objects::nonNull).toList();
            long totaal = response.hits().total() == null ? treffers.size() : response.hits().total().value();
            return new Resultaat(totaal, treffers);
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }

    /**
     * Every match, in id order, a batch at a time (search_after), so a client can take the whole directory
     * without paging and without the server holding it. The page and size of the vraag are ignored.
     */
    public void alle(OpenDataVraag vraag, Consumer<VoorzieningWeergave> ontvanger) {
        Query query = query(vraag);
        List<FieldValue> na = null;
        try {
            while (true) {
                List<FieldValue> vorige = na;
                SearchResponse<VoorzieningWeergave> response = client.search(s -> {
                    s.index(index.alias()).size(STREAM_BATCH).query(query).trackTotalHits(t -> t.enabled(false))
                            .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)));
                    if (vorige != null) {
                        s.searchAfter(vorige);
                    }
                    return s;
                }, VoorzieningWeergave.class);
                List<Hit<VoorzieningWeergave>> hits = response.hits().hits();
                hits.stream().map(Hit::source).filter(Objects::nonNull).forEach(ontvanger);
                if (hits.size() < STREAM_BATCH) {
                    return;
                }
                na = hits.getLast().sort();
            }
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }

    /** The ids of all matches (at most 10,000), for lists that are paged elsewhere (service_at_locations). */
    public List<String> ids(OpenDataVraag vraag) {
        try {
            SearchResponse<Void> response = client.search(s -> s
                    .index(index.alias()).size(ZoekVraag.MAXIMUM_RESULTATEN).source(src -> src.fetch(false))
                    .query(query(vraag)), Void.class);
            return response.hits().hits().stream().map(Hit::id).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }

    static Query query(OpenDataVraag vraag) {
        return Query.of(q -> q.bool(b -> {
            b.filter(VoorzieningZoeker.gepubliceerd());
            if (vraag.tekst() != null) {
                b.must(VoorzieningZoeker.tekst(vraag.tekst()));
            }
            if (vraag.aanbiederId() != null) {
                b.filter(f -> f.term(t -> t.field("aanbieder.id").value(vraag.aanbiederId())));
            }
            vraag.termen().forEach((taxonomie, code) ->
                    b.filter(f -> f.term(t -> t.field(veld(taxonomie)).value(code))));
            vraag.taxonomieen().forEach(taxonomie -> b.filter(f -> f.exists(e -> e.field(veld(taxonomie)))));
            if (vraag.gewijzigdVanaf() != null) {
                b.filter(f -> f.range(r -> r.untyped(u -> u.field("gewijzigd_op")
                        .gte(JsonData.of(vraag.gewijzigdVanaf().toString())))));
            }
            return b;
        }));
    }

    static String veld(Taxonomie taxonomie) {
        return switch (taxonomie) {
            case THEMA -> Facet.THEMA.veld();
            case DOELGROEP -> Facet.DOELGROEP.veld();
        };
    }

    private static List<SortOptions> sortering(OpenDataVraag vraag) {
        List<SortOptions> sortering = new ArrayList<>();
        if (vraag.tekst() != null) {
            sortering.add(SortOptions.of(so -> so.score(sc -> sc.order(SortOrder.Desc))));
        }
        sortering.add(SortOptions.of(so -> so.field(f -> f.field("naam.sorteer").order(SortOrder.Asc))));
        sortering.add(SortOptions.of(so -> so.field(f -> f.field("id").order(SortOrder.Asc))));
        return sortering;
    }
}
