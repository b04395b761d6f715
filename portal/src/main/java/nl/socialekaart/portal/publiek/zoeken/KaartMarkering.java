package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.serde.annotation.Serdeable;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningUrl;

import java.util.List;

/** One marker on the results map: a locatie of a result (by the result's id, for list highlighting), linking to its detail page. */
@Serdeable
public record KaartMarkering(String id, double lat, double lon, String naam, String locatie, String url) {

    public static List<KaartMarkering> van(List<VoorzieningWeergave> treffers) {
        return treffers.stream()
                .flatMap(v -> v.locaties().stream().map(l -> new KaartMarkering(v.id().toString(),
                        l.punt().lat(), l.punt().lon(), v.naam(), l.naam(), VoorzieningUrl.van(v))))
                .toList();
    }
}
