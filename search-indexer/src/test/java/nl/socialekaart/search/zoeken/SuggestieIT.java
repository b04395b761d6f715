package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suggestions on the demo data, from the first two letters on. */
@MicronautTest(environments = "demo", transactional = false)
class SuggestieIT extends OpDemodata {

    @Inject SuggestieZoeker zoeker;

    @Test
    void aFewLettersSuggestKernenAndVoorzieningen() {
        List<Suggestie> suggesties = zoeker.suggereer("hui");

        assertTrue(bevat(suggesties, Suggestie.Soort.KERN, "Huissen"), suggesties.toString());
        assertTrue(suggesties.stream().anyMatch(s -> s.soort() == Suggestie.Soort.VOORZIENING
                && s.tekst().startsWith("Huiskamer")), suggesties.toString());
    }

    @Test
    void themaAndAanbiederAreSuggestedByAnyWordOfTheirName() {
        assertTrue(bevat(zoeker.suggereer("mantel"), Suggestie.Soort.THEMA, "Mantelzorg"));
        assertTrue(zoeker.suggereer("schulden").stream().anyMatch(s -> s.soort() == Suggestie.Soort.THEMA
                && s.tekst().equals("Geld en schulden")));
        assertTrue(zoeker.suggereer("lingeh").stream().anyMatch(s -> s.soort() == Suggestie.Soort.AANBIEDER));
    }

    @Test
    void oneLetterOrNothingSuggestsNothingAndTheListIsShort() {
        assertEquals(List.of(), zoeker.suggereer("h"));
        assertEquals(List.of(), zoeker.suggereer(null));
        assertTrue(zoeker.suggereer("ge").size() <= SuggestieZoeker.MAXIMUM);
    }

    private static boolean bevat(List<Suggestie> suggesties, Suggestie.Soort soort, String tekst) {
        return suggesties.stream().anyMatch(s -> s.soort() == soort && s.tekst().equals(tekst));
    }
}
