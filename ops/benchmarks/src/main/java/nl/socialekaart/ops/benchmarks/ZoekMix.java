package nl.socialekaart.ops.benchmarks;

import nl.socialekaart.ops.benchmarks.DirectoryGenerator.KernNaam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The queries of the load test, drawn from a seeded generator: what residents type ("schulden", "koffie
 * ochtend"), kern names, a word within a kern (the kern filter), a kern's whole list, and later pages.
 * Every API search also computes the facet counts; facet filters other than kern, geo and suggestions are not in
 * the mix.
 */
final class ZoekMix {

    static final List<String> WOORDEN = List.of("huiskamer", "koffie", "schulden", "geldzorgen", "mantelzorg",
            "eenzaam", "boodschappen", "vervoer", "scootmobiel", "opvoeden", "taalcafé", "dementie", "vrijwilliger",
            "maaltijd", "wandelen", "formulieren", "hulp bij post", "huiselijk geweld", "jongeren", "rolstoel",
            "klussen", "samen eten", "schuldhulp", "digitaal spreekuur", "dagbesteding", "bewegen ouderen",
            "repair café", "kinderen", "rouw", "sociaal team", "voedselbank", "kleding", "energie", "huishouden",
            "maatje", "sollicitatie", "thuisadministratie", "ouderen", "gratis", "inloop");

    /** One search, as the API takes it. */
    record Zoekvraag(String q, String kern, int pagina, int perPagina) {

        String apiQuery() {
            List<String> delen = new ArrayList<>(4);
            if (q != null) {
                delen.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            if (kern != null) {
                delen.add("kern=" + URLEncoder.encode(kern, StandardCharsets.UTF_8));
            }
            if (pagina != 1) {
                delen.add("pagina=" + pagina);
            }
            if (perPagina != 20) {
                delen.add("per_pagina=" + perPagina);
            }
            return String.join("&", delen);
        }
    }

    private final List<KernNaam> kernen;

    ZoekMix(List<KernNaam> kernen) {
        if (kernen.isEmpty()) {
            throw new IllegalArgumentException("geen kernen om naar te zoeken");
        }
        this.kernen = List.copyOf(kernen);
    }

    /**
     * 35 % words, 15 % a kern's name, 10 % word and kern name, 20 % word within a kern (filter), 10 % a kern's
     * whole list (filter, sorted by name), 10 % a later page of a word; mostly 20 per page.
     */
    Zoekvraag volgende(RandomGenerator random) {
        int perPagina = switch (random.nextInt(20)) {
            case 0, 1 -> 10;
            case 2 -> 50;
            default -> 20;
        };
        int soort = random.nextInt(100);
        String woord = WOORDEN.get(random.nextInt(WOORDEN.size()));
        KernNaam kern = kernen.get(random.nextInt(kernen.size()));
        if (soort < 35) {
            return new Zoekvraag(woord, null, 1, perPagina);
        } else if (soort < 50) {
            return new Zoekvraag(kern.naam(), null, 1, perPagina);
        } else if (soort < 60) {
            return new Zoekvraag(woord + " " + kern.naam(), null, 1, perPagina);
        } else if (soort < 80) {
            return new Zoekvraag(woord, kern.slug(), 1, perPagina);
        } else if (soort < 90) {
            return new Zoekvraag(null, kern.slug(), 1, perPagina);
        }
        return new Zoekvraag(woord, null, 2 + random.nextInt(4), perPagina);
    }
}
