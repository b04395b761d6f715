package nl.socialekaart.search.relevantie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code relevantie/zoekvragen.tsv}: a query, an optional kern filter, a category and the graded
 * expected demo sleutels. The file's header explains the format.
 */
public record RelevantieVraag(int regel, String tekst, String kern, String categorie, Map<String, Integer> verwacht) {

    public static final String BESTAND = "/relevantie/zoekvragen.tsv";

    public static List<RelevantieVraag> lees() {
        try (InputStream in = RelevantieVraag.class.getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException("niet gevonden op het classpath: " + BESTAND);
            }
            return lees(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RelevantieVraag> lees(List<String> regels) {
        List<RelevantieVraag> vragen = new ArrayList<>();
        for (int i = 0; i < regels.size(); i++) {
            String regel = regels.get(i);
            if (regel.isBlank() || regel.startsWith("#")) {
                continue;
            }
            int nummer = i + 1;
            String[] kolommen = regel.split("\t", -1);
            if (kolommen.length != 4) {
                throw new IllegalArgumentException("regel " + nummer + ": 4 kolommen verwacht, " + kolommen.length
                        + " gevonden: " + regel);
            }
            Map<String, Integer> verwacht = new LinkedHashMap<>();
            for (String paar : kolommen[3].trim().split("\\s+")) {
                String[] delen = paar.split("=");
                if (delen.length != 2 || !delen[1].matches("[12]")) {
                    throw new IllegalArgumentException("regel " + nummer + ": 'sleutel=1' of 'sleutel=2' verwacht: " + paar);
                }
                if (verwacht.put(delen[0], Integer.parseInt(delen[1])) != null) {
                    throw new IllegalArgumentException("regel " + nummer + ": dubbele sleutel " + delen[0]);
                }
            }
            String kern = kolommen[1].trim();
            vragen.add(new RelevantieVraag(nummer, kolommen[0].trim(), kern.equals("-") ? null : kern,
                    kolommen[2].trim(), Collections.unmodifiableMap(verwacht)));
        }
        return List.copyOf(vragen);
    }
}
