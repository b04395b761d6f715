package nl.socialekaart.search.zoeken;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.search.index.VoorzieningIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * As-you-type suggestions: kernen, thema's and aanbieders whose name has a word starting with what was typed,
 * then voorzieningen whose name does (the edge n-grams of {@code naam.voorvoegsel}). Cheap enough per keystroke:
 * one small Elasticsearch query returning names only, the rest from memory.
 */
@Singleton
public class SuggestieZoeker {

    public static final int MINIMALE_LENGTE = 2;
    public static final int MAXIMUM = 10;

    private final ElasticsearchClient client;
    private final VoorzieningIndex index;
    private final Naamlijsten naamlijsten;

    public SuggestieZoeker(ElasticsearchClient client, VoorzieningIndex index, Naamlijsten naamlijsten) {
        this.client = client;
        this.index = index;
        this.naamlijsten = naamlijsten;
    }

    public List<Suggestie> suggereer(String invoer) {
        String tekst = invoer == null ? "" : invoer.strip();
        if (tekst.length() < MINIMALE_LENGTE || tekst.length() > ZoekVraag.MAXIMALE_TEKSTLENGTE) {
            return List.of();
        }
        List<Suggestie> suggesties = new ArrayList<>(naamlijsten.zoek(tekst, MAXIMUM / 2));
        suggesties.addAll(voorzieningen(tekst, MAXIMUM - suggesties.size()));
        return suggesties;
    }

    private List<Suggestie> voorzieningen(String tekst, int maximum) {
        try {
            SearchResponse<VoorzieningWeergave> response = client.search(s -> s
                    .index(index.alias())
                    .size(maximum)
                    .source(src -> src.filter(f -> f.includes("id", "naam", "slug")))
                    .query(q -> q.bool(b -> b
                            .filter(VoorzieningZoeker.gepubliceerd())
                            .must(m -> m.match(mt -> mt.field("naam.voorvoegsel").query(tekst).operator(Operator.And)))
                            .should(sh -> sh.matchPhrasePrefix(p -> p.field("naam").query(tekst))))),
                    VoorzieningWeergave.class);
            return response.hits().hits().stream().map(h -> h.source()).filter(Objects::nonNull)
                    .map(v -> new Suggestie(Suggestie.Soort.VOORZIENING, v.naam(), v.id().toString(), v.slug()))
                    .toList();
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }
}
