package nl.socialekaart.portal.opendata.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningUrl;
import nl.socialekaart.search.zoeken.Suggestie;
import nl.socialekaart.search.zoeken.SuggestieZoeker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** As-you-type suggestions for the search box: {@code GET /api/v1/suggesties?q=hui}. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SuggestieApiController {

    private final SuggestieZoeker zoeker;

    public SuggestieApiController(SuggestieZoeker zoeker) {
        this.zoeker = zoeker;
    }

    @Get("/suggesties")
    public Antwoord suggesties(@Nullable @QueryValue String q) {
        return new Antwoord(zoeker.suggereer(q).stream().map(SuggestieApiController::metUrl).toList());
    }

    /** Where choosing a suggestion leads: the voorziening itself, or the results for that kern, thema or aanbieder. */
    private static Item metUrl(Suggestie s) {
        String url = switch (s.soort()) {
            case VOORZIENING -> VoorzieningUrl.pad(s.sleutel(), s.slug());
            case KERN -> "/zoeken?kern=" + codeer(s.sleutel());
            case THEMA -> "/zoeken?thema=" + codeer(s.sleutel());
            case AANBIEDER -> "/zoeken?q=" + codeer(s.tekst());
        };
        return new Item(s.soort().name().toLowerCase(java.util.Locale.ROOT), s.tekst(), url);
    }

    private static String codeer(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }

    @Serdeable
    public record Antwoord(List<Item> suggesties) {
    }

    @Serdeable
    public record Item(String soort, String tekst, String url) {
    }
}
