package nl.socialekaart.ops.benchmarks;

import nl.socialekaart.ops.benchmarks.DirectoryGenerator.KernNaam;
import nl.socialekaart.ops.benchmarks.ZoekMix.Zoekvraag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoekMixTest {

    private final ZoekMix mix = new ZoekMix(List.of(new KernNaam("Hei- en Boeicop", "hei-en-boeicop"),
            new KernNaam("Zanddijk", "zanddijk")));

    @Test
    void sameSeedGivesTheSameSequence() {
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        for (int i = 0; i < 100; i++) {
            assertEquals(mix.volgende(a), mix.volgende(b));
        }
    }

    @Test
    void mixHasWordsKernFiltersKernListsAndLaterPages() {
        SplittableRandom random = new SplittableRandom(1);
        int metFilter = 0;
        int zonderTekst = 0;
        int laterePagina = 0;
        for (int i = 0; i < 10_000; i++) {
            Zoekvraag vraag = mix.volgende(random);
            metFilter += vraag.kern() != null ? 1 : 0;
            zonderTekst += vraag.q() == null ? 1 : 0;
            laterePagina += vraag.pagina() > 1 ? 1 : 0;
        }
        assertTrue(metFilter > 2_700 && metFilter < 3_300, "kern filter ~30 %: " + metFilter);
        assertTrue(zonderTekst > 800 && zonderTekst < 1_200, "kern list ~10 %: " + zonderTekst);
        assertTrue(laterePagina > 800 && laterePagina < 1_200, "later pages ~10 %: " + laterePagina);
    }

    @Test
    void apiQueryEncodesTextAndLeavesDefaultsOut() {
        assertEquals("q=hulp+bij+post&kern=hei-en-boeicop&pagina=3&per_pagina=50",
                new Zoekvraag("hulp bij post", "hei-en-boeicop", 3, 50).apiQuery());
        assertEquals("q=taalcaf%C3%A9", new Zoekvraag("taalcafé", null, 1, 20).apiQuery());
    }

    @Test
    void tookIsReadFromTheStartOfTheAnswer() {
        assertEquals(12, ZoekLoadBenchmark.took("{\"took\":12,\"timed_out\":false}"));
        assertEquals(3, ZoekLoadBenchmark.took("{ \"timed_out\": false, \"took\": 3 }"));
    }
}
