package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The markers of a page as JSON in a data attribute of the map element: the page's script reads it
 * from there, so no inline script is needed and the Content-Security-Policy stays strict.
 */
@Singleton
public class KaartData {

    private final JsonMapper jsonMapper;

    public KaartData(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public String json(List<VoorzieningWeergave> voorzieningen) {
        try {
            return jsonMapper.writeValueAsString(KaartMarkering.van(voorzieningen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
