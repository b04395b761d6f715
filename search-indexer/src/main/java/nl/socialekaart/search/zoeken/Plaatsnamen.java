package nl.socialekaart.search.zoeken;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.gemeente.GemeenteRepository;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.slug.Slug;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises kern and gemeente names in what was typed ("schuldhulp huissen", "huiskamer lingewaard"), so
 * search can prefer voorzieningen there. Names are kept in memory and reloaded at most once a minute.
 */
@Singleton
public class Plaatsnamen {

    private static final Duration HOUDBAAR = Duration.ofMinutes(1);

    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private volatile Namen namen = new Namen(List.of(), List.of(), 0);

    public Plaatsnamen(KernRepository kernen, GemeenteRepository gemeenten) {
        this.kernen = kernen;
        this.gemeenten = gemeenten;
    }

    /** The places named in the text: kern slugs and gemeente CBS codes. */
    public Genoemd in(String tekst) {
        String genormaliseerd = "-" + Slug.van(tekst).waarde() + "-";
        Namen huidig = actueel();
        Set<String> kernSlugs = new LinkedHashSet<>();
        Set<String> cbsCodes = new LinkedHashSet<>();
        huidig.kernen().stream().filter(n -> genormaliseerd.contains("-" + n.naam() + "-")).forEach(n -> kernSlugs.add(n.sleutel()));
        huidig.gemeenten().stream().filter(n -> genormaliseerd.contains("-" + n.naam() + "-")).forEach(n -> cbsCodes.add(n.sleutel()));
        return new Genoemd(kernSlugs, cbsCodes);
    }

    private Namen actueel() {
        Namen huidig = namen;
        if (System.nanoTime() - huidig.geladen() > HOUDBAAR.toNanos() || huidig.kernen().isEmpty()) {
            List<Naam> kernNamen = new ArrayList<>();
            kernen.findAll().forEach(k -> kernNamen.add(new Naam(Slug.van(k.naam()).waarde(), k.slug())));
            List<Naam> gemeenteNamen = new ArrayList<>();
            gemeenten.findAll().forEach(g -> gemeenteNamen.add(new Naam(Slug.van(g.naam()).waarde(), g.cbsCode())));
            huidig = new Namen(List.copyOf(kernNamen), List.copyOf(gemeenteNamen), System.nanoTime());
            namen = huidig;
        }
        return huidig;
    }

    /** Places named in a text. */
    public record Genoemd(Set<String> kernen, Set<String> gemeenten) {
    }

    private record Naam(String naam, String sleutel) {
    }

    private record Namen(List<Naam> kernen, List<Naam> gemeenten, long geladen) {
    }
}
