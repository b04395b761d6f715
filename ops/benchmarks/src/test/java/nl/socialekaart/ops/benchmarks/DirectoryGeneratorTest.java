package nl.socialekaart.ops.benchmarks;

import nl.socialekaart.ops.benchmarks.DirectoryGenerator.Omvang;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryGeneratorTest {

    private static final DemoVocabulaire VOCABULAIRE = DemoVocabulaire.lees();
    private static final Map<String, UUID> THEMAS = ids("geld-en-schulden", "ontmoeting", "mantelzorg",
            "wonen-en-huishouden", "vervoer", "opvoeden-en-opgroeien", "werk-en-dagbesteding", "gezondheid", "eten",
            "vrijwilligerswerk", "veiligheid", "advies");
    private static final Map<String, UUID> DOELGROEPEN = ids("kinderen", "jongeren", "ouders", "volwassenen", "ouderen",
            "mantelzorgers", "mensen-met-een-beperking", "nieuwkomers", "vrijwilligers", "iedereen");

    private static Map<String, UUID> ids(String... codes) {
        Map<String, UUID> ids = new HashMap<>();
        for (String code : codes) {
            ids.put(code, UUID.nameUUIDFromBytes(code.getBytes()));
        }
        return ids;
    }

    private static DirectoryGenerator.Tabellen genereer(long seed, Omvang omvang) {
        return new DirectoryGenerator(VOCABULAIRE, seed).genereer(omvang, THEMAS, DOELGROEPEN);
    }

    private static List<String[]> rijen(DirectoryGenerator.Tabellen tabellen, String tabel) {
        return tabellen.inLaadvolgorde().stream().filter(t -> t.tabel().equals(tabel)).findFirst().orElseThrow()
                .tekst().lines().map(regel -> regel.split("\t", -1)).toList();
    }

    @Test
    void nationalShapeWithExactCounts() {
        DirectoryGenerator.Tabellen tabellen = genereer(1, Omvang.nationaal(3000));
        Map<String, Long> rijen = tabellen.rijen();
        assertEquals(350, rijen.get("gemeente"));
        assertEquals(2500, rijen.get("kern"));
        assertEquals(3000, rijen.get("voorziening"));
        assertEquals(2500, tabellen.kernen().size());
        assertTrue(rijen.get("voorziening_kern") >= 3000, "every voorziening has a werkgebied");
        assertTrue(rijen.get("openingstijd") > 0 && rijen.get("voorziening_thema") > 3000);
    }

    @Test
    void valuesSatisfyTheSchemaChecks() {
        DirectoryGenerator.Tabellen tabellen = genereer(2, new Omvang(2000, 40, 300));
        Pattern cbs = Pattern.compile("^GM[0-9]{4}$");
        Pattern slug = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
        Pattern postcode = Pattern.compile("^[1-9][0-9]{3} ?[A-Z]{2}$");
        rijen(tabellen, "gemeente").forEach(r -> assertTrue(cbs.matcher(r[1]).matches(), r[1]));
        Set<String> kernSlugs = new HashSet<>();
        for (String[] kern : rijen(tabellen, "kern")) {
            assertTrue(slug.matcher(kern[3]).matches(), kern[3]);
            assertTrue(kernSlugs.add(kern[3]), "unique kern slug " + kern[3]);
            assertTrue(NederlandKaart.opLand(Double.parseDouble(kern[4]), Double.parseDouble(kern[5])), kern[2]);
        }
        Set<String> aanbiederSlugs = new HashSet<>();
        rijen(tabellen, "aanbieder").forEach(a -> assertTrue(aanbiederSlugs.add(a[2]) && slug.matcher(a[2]).matches(), a[2]));
        rijen(tabellen, "locatie").forEach(l -> assertTrue(postcode.matcher(l[4]).matches(), l[4]));
        for (String[] v : rijen(tabellen, "voorziening")) {
            assertTrue(slug.matcher(v[3]).matches(), v[3]);
            assertTrue(v[2].length() <= 200 && v[4].length() <= 300);
            assertTrue(v[12].startsWith("https://"), v[12]);
            assertEquals("GEPUBLICEERD", v[13]);
        }
        Set<String> paren = new HashSet<>();
        rijen(tabellen, "voorziening_locatie").forEach(r -> assertTrue(paren.add(r[0] + r[1]), "unique pair"));
        for (String[] o : rijen(tabellen, "openingstijd")) {
            assertTrue(paren.contains(o[0] + o[1]), "openingstijd of a voorziening_locatie");
            assertTrue(o[4].compareTo(o[3]) > 0, "sluit after opent");
        }
    }

    @Test
    void demoPlaceNamesAreReplacedByGeneratedOnes() {
        DirectoryGenerator.Tabellen tabellen = genereer(3, new Omvang(500, 10, 60));
        Set<String> kernen = new HashSet<>();
        rijen(tabellen, "kern").forEach(k -> kernen.add(k[2]));
        long metEigenKern = rijen(tabellen, "voorziening").stream()
                .filter(v -> kernen.stream().anyMatch(k -> v[5].contains(k) || v[2].contains(k))).count();
        assertTrue(metEigenKern > 250, "texts mention generated kernen: " + metEigenKern);
        long metLingewaard = rijen(tabellen, "voorziening").stream().filter(v -> v[5].contains("Lingewaard")).count();
        assertEquals(0, metLingewaard, "the demo gemeente's name does not leak into synthetic texts");
        long zelfdeKernDrieKeer = rijen(tabellen, "aanbieder").stream()
                .filter(a -> a[4] != null && a[4].matches(".*in (\\S+), \\1 en \\1.*")).count();
        assertEquals(0, zelfdeKernDrieKeer, "different demo kernen become different kernen");
    }

    @Test
    void sameSeedSameData() {
        Omvang omvang = new Omvang(300, 5, 30);
        assertEquals(rijen(genereer(9, omvang), "voorziening").stream().map(Arrays::toString).toList(),
                rijen(genereer(9, omvang), "voorziening").stream().map(Arrays::toString).toList());
    }

    @Test
    void splitIsExactAndRespectsTheMinimum() {
        int[] delen = DirectoryGenerator.verdeel(2500, new double[]{5, 1, 1, 0.01}, 1);
        assertEquals(2500, Arrays.stream(delen).sum());
        assertTrue(Arrays.stream(delen).allMatch(d -> d >= 1));
        assertTrue(delen[0] > delen[1]);
    }

    @Test
    void postcodeRegionFollowsTheMap() {
        assertEquals(1, DirectoryGenerator.postcodeRegio(52.37, 4.90), "Amsterdam");
        assertEquals(9, DirectoryGenerator.postcodeRegio(53.22, 6.57), "Groningen");
        assertEquals(6, DirectoryGenerator.postcodeRegio(51.94, 5.94), "Huissen");
        assertEquals(5, DirectoryGenerator.postcodeRegio(51.69, 5.30), "Den Bosch");
    }

    @Test
    void postcodesSkipTheLettersPostNlDoesNotUse() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 5000; i++) {
            String postcode = DirectoryGenerator.postcode(1234, random);
            assertTrue(!postcode.endsWith("SA") && !postcode.endsWith("SD") && !postcode.endsWith("SS"), postcode);
        }
    }
}
