package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.search.index.VoorzieningIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suggestions on the demo data, from the first two letters on. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestieIT implements MetEmbeddedStack {

    @Inject SuggestieZoeker zoeker;
    @Inject Outbox outbox;
    @Inject VoorzieningIndex index;

    @BeforeAll
    void indexBijgewerkt() throws IOException {
        Wachten.tot("outbox leeg", Duration.ofSeconds(30), () -> outbox.achterstand() == 0);
        index.ververs(index.alias());
    }

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
