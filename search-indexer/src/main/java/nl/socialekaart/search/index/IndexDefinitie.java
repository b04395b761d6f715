package nl.socialekaart.search.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.socialekaart.search.ElasticsearchConfiguration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The settings and mapping of the voorzieningen index: {@code elasticsearch/voorzieningen-vN.json} with
 * the synonyms of {@code synoniemen.txt} and the compound parts of {@code samenstellingen.txt} inlined, so the index needs no files on the
 * cluster's nodes and is the same on the embedded node and in production.
 */
@Singleton
public class IndexDefinitie {

    /** Bump with a new mapping file; a running installation then rebuilds its index on start. */
    public static final int VERSIE = 1;

    private final ElasticsearchConfiguration configuration;
    private final ObjectMapper objectMapper = new ObjectMapper();

    public IndexDefinitie(ElasticsearchConfiguration configuration) {
        this.configuration = configuration;
    }

    public String alias() {
        return configuration.alias();
    }

    /** Indices of this version are named {@code <alias>-v<versie>-<suffix>}. */
    public String voorvoegselHuidigeVersie() {
        return alias() + "-v" + VERSIE + "-";
    }

    public String json() {
        try {
            ObjectNode definitie = (ObjectNode) objectMapper.readTree(resource("voorzieningen-v" + VERSIE + ".json"));
            ObjectNode settings = (ObjectNode) definitie.get("settings");
            settings.put("number_of_replicas", configuration.replicas());
            // a new index is filled before anyone searches it; VoorzieningIndex.maakDoorzoekbaar turns refresh on
            settings.put("refresh_interval", "-1");
            inline(settings, "nl_synoniemen", "synonyms", "synoniemen.txt");
            inline(settings, "nl_samenstellingen", "word_list", "samenstellingen.txt");
            return objectMapper.writeValueAsString(definitie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the non-comment lines of a resource file into an analysis filter's list setting. */
    private static void inline(ObjectNode settings, String filter, String instelling, String bestand) throws IOException {
        ArrayNode lijst = ((ObjectNode) settings.at("/analysis/filter/" + filter)).putArray(instelling);
        try (BufferedReader regels = new BufferedReader(new InputStreamReader(resource(bestand), StandardCharsets.UTF_8))) {
            regels.lines().map(String::strip)
                    .filter(regel -> !regel.isEmpty() && !regel.startsWith("#"))
                    .forEach(lijst::add);
        }
    }

    private static InputStream resource(String naam) {
        InputStream in = IndexDefinitie.class.getResourceAsStream("/elasticsearch/" + naam);
        if (in == null) {
            throw new IllegalStateException("Indexdefinitie ontbreekt: elasticsearch/" + naam);
        }
        return in;
    }
}
