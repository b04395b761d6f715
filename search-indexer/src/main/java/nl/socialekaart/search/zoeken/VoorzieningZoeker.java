package nl.socialekaart.search.zoeken;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.search.index.VoorzieningIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Searches the published voorzieningen. Each criterion is its own query, combined in one bool; facet
 * filters sit in the post_filter so that each facet's counts can leave out its own filter.
 */
@Singleton
public class VoorzieningZoeker {

    static final List<String> TEKSTVELDEN = List.of(
            "naam^4", "themas.naam^2", "doelgroepen.naam^1.5", "korte_omschrijving^1.5", "omschrijving",
            "aanbieder.naam", "werkgebied.naam", "locaties.kern.naam", "locaties.naam");
    /** Typo tolerance on the fields where a misspelt word most likely aims, without synonyms. */
    static final List<String> FUZZY_VELDEN = List.of("naam^2", "themas.naam", "korte_omschrijving");
    /** All words but one, when there are two or more: residents type whole sentences, one word of which the texts lack. */
    static final String ZACHT_EN = "1<-1";
    private static final String WAARDEN = "waarden";
    private static final String PUNT = "locaties.punt";
    private static final float PLAATS_BOOST = 5f;
    private static final int MAXIMUM_FACETWAARDEN = 200;

    private final ElasticsearchClient client;
    private final VoorzieningIndex index;
    private final Plaatsnamen plaatsnamen;

    public VoorzieningZoeker(ElasticsearchClient client, VoorzieningIndex index, Plaatsnamen plaatsnamen) {
        this.client = client;
        this.index = index;
        this.plaatsnamen = plaatsnamen;
    }

    public ZoekResultaat zoek(ZoekVraag vraag) {
        Map<Facet, Query> facetFilters = new EnumMap<>(Facet.class);
        vraag.filters().forEach((facet, waarden) -> facetFilters.put(facet, facetFilter(facet, waarden)));
        try {
            SearchResponse<VoorzieningWeergave> response = client.search(s -> {
                s.index(index.alias())
                        .from(vraag.vanaf())
                        .size(vraag.perPagina())
                        .trackTotalHits(t -> t.enabled(true))
                        .query(q -> q.bool(b -> {
                            b.filter(gepubliceerd());
                            b.filter(plaatsFilters(vraag.plaats()));
                            if (vraag.tekst() != null) {
                                b.must(tekst(vraag.tekst()));
                                b.should(inGenoemdePlaats(plaatsnamen.in(vraag.tekst())));
                            }
                            return b;
                        }))
                        .sort(sortering(vraag));
                if (!facetFilters.isEmpty()) {
                    s.postFilter(alle(facetFilters.values()));
                }
                for (Facet facet : Facet.values()) {
                    s.aggregations(facet.name(), facetAggregatie(facet, facetFilters));
                }
                return s;
            }, VoorzieningWeergave.class);
            List<VoorzieningWeergave> treffers = response.hits().hits().stream()
                    .map(Hit::source).filter(Objects::nonNull).toList();
            long totaal = response.hits().total() == null ? treffers.size() : response.hits().total().value();
            return new ZoekResultaat(vraag, totaal, treffers, facetten(vraag, response.aggregations()));
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }

    /** Exact words across all text fields (with synonyms), or failing that, the same words misspelt a little. */
    static Query tekst(String tekst) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.multiMatch(m -> m
                        .query(tekst).fields(TEKSTVELDEN).type(TextQueryType.CrossFields)
                        .minimumShouldMatch(ZACHT_EN).boost(3f)))
                .should(s -> s.multiMatch(m -> m
                        .query(tekst).fields(FUZZY_VELDEN).type(TextQueryType.BestFields).operator(Operator.And)
                        .analyzer("nl_index").fuzziness("AUTO").prefixLength(1)))
                .minimumShouldMatch("1")));
    }

    /**
     * Within the radius around the point and inside the map area, measured at the voorziening's locaties;
     * a voorziening without a locatie (help at home, by phone) has no place on the map and drops out here.
     */
    static List<Query> plaatsFilters(Plaats plaats) {
        List<Query> filters = new ArrayList<>();
        if (plaats.straalKm() != null) {
            filters.add(Query.of(q -> q.geoDistance(g -> g.field(PUNT).distance(plaats.straalKm() + "km")
                    .location(l -> l.latlon(ll -> ll.lat(plaats.punt().lat()).lon(plaats.punt().lon()))))));
        }
        Kader kader = plaats.kader();
        if (kader != null) {
            filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field(PUNT).boundingBox(bb -> bb.tlbr(t -> t
                    .topLeft(l -> l.latlon(ll -> ll.lat(kader.noord()).lon(kader.west())))
                    .bottomRight(l -> l.latlon(ll -> ll.lat(kader.zuid()).lon(kader.oost()))))))));
        }
        return filters;
    }

    /**
     * A kern or gemeente named in the text ("schuldhulp huissen") lifts what is offered there above the same
     * help elsewhere, which the text's other words alone would rank equal.
     */
    static List<Query> inGenoemdePlaats(Plaatsnamen.Genoemd genoemd) {
        List<Query> voorkeur = new ArrayList<>();
        if (!genoemd.kernen().isEmpty()) {
            voorkeur.add(Query.of(q -> q.terms(t -> t.field(Facet.KERN.veld()).boost(PLAATS_BOOST)
                    .terms(v -> v.value(genoemd.kernen().stream().map(FieldValue::of).toList())))));
        }
        if (!genoemd.gemeenten().isEmpty()) {
            voorkeur.add(Query.of(q -> q.terms(t -> t.field(Facet.GEMEENTE.veld()).boost(PLAATS_BOOST)
                    .terms(v -> v.value(genoemd.gemeenten().stream().map(FieldValue::of).toList())))));
        }
        return voorkeur;
    }

    /** By distance when asked; else by relevance; at equal relevance the lighter option first; then by name. */
    static List<SortOptions> sortering(ZoekVraag vraag) {
        List<SortOptions> sortering = new ArrayList<>();
        if (vraag.sortering() == Sortering.AFSTAND) {
            Punt punt = vraag.plaats().punt();
            sortering.add(SortOptions.of(so -> so.geoDistance(g -> g.field(PUNT)
                    .location(l -> l.latlon(ll -> ll.lat(punt.lat()).lon(punt.lon())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Kilometers))));
        }
        if (vraag.tekst() != null) {
            sortering.add(SortOptions.of(so -> so.score(sc -> sc.order(SortOrder.Desc))));
        }
        sortering.add(SortOptions.of(so -> so.field(f -> f.field("soort_volgorde").order(SortOrder.Asc))));
        sortering.add(SortOptions.of(so -> so.field(f -> f.field("toegang_volgorde").order(SortOrder.Asc))));
        sortering.add(SortOptions.of(so -> so.field(f -> f.field("naam.sorteer").order(SortOrder.Asc))));
        return sortering;
    }

    static Query facetFilter(Facet facet, Set<String> waarden) {
        return Query.of(q -> q.terms(t -> t.field(facet.veld())
                .terms(v -> v.value(waarden.stream().map(FieldValue::of).toList()))));
    }

    /** The counts of one facet under every chosen filter except its own. */
    static Aggregation facetAggregatie(Facet facet, Map<Facet, Query> facetFilters) {
        List<Query> andere = facetFilters.entrySet().stream()
                .filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
        return Aggregation.of(a -> a
                .filter(alle(andere))
                .aggregations(WAARDEN, sub -> sub.terms(t -> t.field(facet.veld()).size(MAXIMUM_FACETWAARDEN))));
    }

    static Query gepubliceerd() {
        return Query.of(q -> q.term(t -> t.field("status").value(Status.GEPUBLICEERD.name())));
    }

    private static Query alle(java.util.Collection<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
    }

    private static Map<Facet, List<FacetWaarde>> facetten(ZoekVraag vraag, Map<String, Aggregate> aggregaties) {
        Map<Facet, List<FacetWaarde>> facetten = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> gekozen = vraag.gekozen(facet);
            List<FacetWaarde> waarden = new ArrayList<>();
            aggregaties.get(facet.name()).filter().aggregations().get(WAARDEN).sterms().buckets().array()
                    .forEach(b -> waarden.add(new FacetWaarde(b.key().stringValue(), b.docCount(),
                            gekozen.contains(b.key().stringValue()))));
            // a chosen value with no results now still shows, so it can be unchosen
            gekozen.stream().filter(w -> waarden.stream().noneMatch(fw -> fw.waarde().equals(w)))
                    .forEach(w -> waarden.add(new FacetWaarde(w, 0, true)));
            facetten.put(facet, List.copyOf(waarden));
        }
        return facetten;
    }
}
