package nl.socialekaart.search.zoeken;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import jakarta.inject.Singleton;
import nl.socialekaart.search.index.VoorzieningIndex;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a way on after an empty search: a spelling suggestion from the words in voorziening names, then the
 * whole gemeente instead of the chosen kern, then the same words without filters or place.
 */
@Singleton
public class ZoekUitweg {

    private static final String SPELLING = "spelling";

    private final ElasticsearchClient client;
    private final VoorzieningIndex index;
    private final VoorzieningZoeker zoeker;

    public ZoekUitweg(ElasticsearchClient client, VoorzieningIndex index, VoorzieningZoeker zoeker) {
        this.client = client;
        this.index = index;
        this.zoeker = zoeker;
    }

    public Uitweg voor(ZoekResultaat leeg) {
        ZoekVraag vraag = leeg.vraag();
        String bedoeldeU = vraag.tekst() == null ? null : spelling(vraag.tekst());
        Set<String> gemeenten = vraag.gekozen(Facet.KERN).isEmpty() ? Set.of() : gemeentenVan(vraag.gekozen(Facet.KERN));
        if (!gemeenten.isEmpty()) {
            Map<Facet, Set<String>> filters = new EnumMap<>(vraag.filters());
            filters.remove(Facet.KERN);
            filters.put(Facet.GEMEENTE, gemeenten);
            ZoekResultaat gemeente = zoeker.zoek(new ZoekVraag(vraag.tekst(), filters, Plaats.OVERAL,
                    Sortering.RELEVANTIE, 1, vraag.perPagina()));
            if (gemeente.totaal() > 0) {
                return new Uitweg(bedoeldeU, Uitweg.Verbreding.GEMEENTE, gemeente);
            }
        }
        if (!vraag.filters().isEmpty() || !vraag.plaats().equals(Plaats.OVERAL)) {
            ZoekResultaat zonder = zoeker.zoek(new ZoekVraag(vraag.tekst(), Map.of(), 1, vraag.perPagina()));
            if (zonder.totaal() > 0) {
                return new Uitweg(bedoeldeU, Uitweg.Verbreding.ZONDER_FILTERS, zonder);
            }
        }
        return new Uitweg(bedoeldeU, Uitweg.Verbreding.GEEN, null);
    }

    /** Each word replaced by the closest word in voorziening names, if it is not one itself; null if nothing changed. */
    String spelling(String tekst) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(index.alias()).size(0)
                    .suggest(sg -> sg.text(tekst).suggesters(SPELLING, fs -> fs.term(t -> t
                            .field("naam.woorden").suggestMode(SuggestMode.Missing).size(1)))), Void.class);
            List<Suggestion<Void>> delen = response.suggest().getOrDefault(SPELLING, List.of());
            String verbeterd = delen.stream().map(Suggestion::term).map(ZoekUitweg::besteWoord)
                    .collect(Collectors.joining(" "));
            return verbeterd.isBlank() || verbeterd.equals(tekst.toLowerCase(Locale.ROOT).strip()) ? null : verbeterd;
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }

    private static String besteWoord(TermSuggest deel) {
        return deel.options().isEmpty() ? deel.text() : deel.options().getFirst().text();
    }

    private Set<String> gemeentenVan(Set<String> kernen) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(index.alias()).size(0)
                    .query(q -> q.terms(t -> t.field(Facet.KERN.veld())
                            .terms(v -> v.value(kernen.stream().map(FieldValue::of).toList()))))
                    .aggregations("gemeenten", a -> a.terms(t -> t.field(Facet.GEMEENTE.veld()).size(10))), Void.class);
            return response.aggregations().get("gemeenten").sterms().buckets().array().stream()
                    .map(b -> b.key().stringValue()).collect(Collectors.toSet());
        } catch (IOException | ElasticsearchException e) {
            throw new ZoekenNietBeschikbaarException(e);
        }
    }
}
