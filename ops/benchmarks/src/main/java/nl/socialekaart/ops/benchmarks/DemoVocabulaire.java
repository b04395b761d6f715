package nl.socialekaart.ops.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The demo gemeenten of directory-core ({@code demo/*.json}) as building blocks for synthetic ones: their
 * aanbieders, locaties and voorzieningen are templates whose place names are swapped for generated ones.
 */
final class DemoVocabulaire {

    static final List<String> BESTANDEN = List.of("demo/lingewaard.json", "demo/vijfheerenlanden.json");

    record Aanbieder(String sleutel, String naam, String rol, String omschrijving) {
    }

    record Locatie(String sleutel, String naam, String straat, String kern, Boolean rolstoeltoegankelijk) {
    }

    record Openingstijd(int weekdag, String opent, String sluit) {
    }

    record LocatieGebruik(String locatie, List<Openingstijd> openingstijden) {
    }

    /**
     * @param thuiskern the kern (name) a local voorziening belongs to, or null for one serving the whole gemeente
     */
    record Voorziening(String naam, String aanbieder, String korteOmschrijving, String omschrijving, String soort,
                       String toegang, String kosten, String kostenToelichting, List<String> themas,
                       List<String> doelgroepen, int werkgebiedGrootte, String thuiskern,
                       List<LocatieGebruik> locaties) {

        boolean gemeentebreed() {
            return thuiskern == null;
        }
    }

    /** One demo gemeente: its names, and a pattern that finds them in text. */
    record Bron(String gemeente, List<String> kernen, List<Aanbieder> aanbieders, Map<String, Locatie> locaties,
                Map<String, List<Locatie>> locatiesPerKern, List<Voorziening> lokaal, List<Voorziening> gemeentebreed,
                Pattern namen) {

        /** Replaces every demo gemeente and kern name in {@code tekst} by what {@code naar} maps it to. */
        String vervang(String tekst, UnaryOperator<String> naar) {
            if (tekst == null) {
                return null;
            }
            Matcher matcher = namen.matcher(tekst);
            StringBuilder uit = new StringBuilder(tekst.length() + 16);
            while (matcher.find()) {
                matcher.appendReplacement(uit, Matcher.quoteReplacement(naar.apply(matcher.group())));
            }
            matcher.appendTail(uit);
            return uit.toString();
        }
    }

    private final List<Bron> bronnen;

    private DemoVocabulaire(List<Bron> bronnen) {
        this.bronnen = List.copyOf(bronnen);
    }

    List<Bron> bronnen() {
        return bronnen;
    }

    /** All kern names of the demo data, in file order. */
    List<String> kernnamen() {
        return bronnen.stream().flatMap(b -> b.kernen().stream()).toList();
    }

    static DemoVocabulaire lees() {
        ObjectMapper json = new ObjectMapper();
        List<Bron> bronnen = new ArrayList<>();
        for (String bestand : BESTANDEN) {
            try (InputStream in = DemoVocabulaire.class.getClassLoader().getResourceAsStream(bestand)) {
                if (in == null) {
                    throw new IllegalStateException(bestand + " niet op het classpath (directory-core ontbreekt?)");
                }
                bronnen.add(bron(json.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(bestand, e);
            }
        }
        return new DemoVocabulaire(bronnen);
    }

    private static Bron bron(JsonNode root) {
        String gemeente = root.path("gemeente").path("naam").asText();
        Map<String, String> kernNaamPerSlug = new LinkedHashMap<>();
        for (JsonNode gebied : root.path("gebieden")) {
            for (JsonNode kern : gebied.path("kernen")) {
                kernNaamPerSlug.put(kern.path("slug").asText(), kern.path("naam").asText());
            }
        }
        List<Aanbieder> aanbieders = new ArrayList<>();
        for (JsonNode a : root.path("aanbieders")) {
            aanbieders.add(new Aanbieder(a.path("sleutel").asText(), a.path("naam").asText(), a.path("rol").asText(),
                    tekst(a, "omschrijving")));
        }
        Map<String, Locatie> locaties = new LinkedHashMap<>();
        for (JsonNode l : root.path("locaties")) {
            JsonNode rolstoel = l.path("rolstoeltoegankelijk");
            locaties.put(l.path("sleutel").asText(), new Locatie(l.path("sleutel").asText(), l.path("naam").asText(),
                    tekst(l, "straat"), kernNaamPerSlug.get(l.path("kern").asText()),
                    rolstoel.isBoolean() ? rolstoel.asBoolean() : null));
        }
        Map<String, List<Locatie>> perKern = locaties.values().stream()
                .collect(Collectors.groupingBy(Locatie::kern, LinkedHashMap::new, Collectors.toList()));
        List<Voorziening> lokaal = new ArrayList<>();
        List<Voorziening> breed = new ArrayList<>();
        for (JsonNode v : root.path("voorzieningen")) {
            List<String> werkgebied = tekstLijst(v.path("werkgebied"));
            List<LocatieGebruik> gebruik = new ArrayList<>();
            for (JsonNode vl : v.path("locaties")) {
                List<Openingstijd> tijden = new ArrayList<>();
                for (JsonNode o : vl.path("openingstijden")) {
                    tijden.add(new Openingstijd(o.path("weekdag").asInt(), o.path("opent").asText(), o.path("sluit").asText()));
                }
                gebruik.add(new LocatieGebruik(vl.path("locatie").asText(), tijden));
            }
            // a voorziening for one or two kernen belongs to the first; a wider one serves the gemeente
            String thuiskern = werkgebied.size() <= 2 && !werkgebied.isEmpty() ? kernNaamPerSlug.get(werkgebied.getFirst()) : null;
            Voorziening voorziening = new Voorziening(v.path("naam").asText(), v.path("aanbieder").asText(),
                    v.path("korte_omschrijving").asText(), v.path("omschrijving").asText(), v.path("soort").asText(),
                    v.path("toegang").asText(), v.path("kosten").asText(), tekst(v, "kosten_toelichting"),
                    tekstLijst(v.path("themas")), tekstLijst(v.path("doelgroepen")), werkgebied.size(), thuiskern,
                    gebruik);
            (voorziening.gemeentebreed() ? breed : lokaal).add(voorziening);
        }
        List<String> namen = new ArrayList<>(kernNaamPerSlug.values());
        namen.add(gemeente);
        namen.sort(Comparator.comparingInt(String::length).reversed());
        Pattern patroon = Pattern.compile("\\b(" + namen.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
        return new Bron(gemeente, List.copyOf(kernNaamPerSlug.values()), aanbieders, locaties, perKern, lokaal, breed,
                patroon);
    }

    private static String tekst(JsonNode node, String veld) {
        JsonNode waarde = node.path(veld);
        return waarde.isMissingNode() || waarde.isNull() ? null : waarde.asText();
    }

    private static List<String> tekstLijst(JsonNode array) {
        List<String> lijst = new ArrayList<>();
        array.forEach(n -> lijst.add(n.asText()));
        return lijst;
    }
}
