package nl.socialekaart.search.zoeken;

import jakarta.inject.Singleton;
import nl.socialekaart.search.ExpiringValue;
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

    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final ExpiringValue<Namen> namen = new ExpiringValue<>(Duration.ofMinutes(1), this::laad,
            n -> n.kernen().isEmpty());

    public Plaatsnamen(KernRepository kernen, GemeenteRepository gemeenten) {
        this.kernen = kernen;
        this.gemeenten = gemeenten;
    }

    /** The places named in the text: kern slugs and gemeente CBS codes. */
    public Genoemd in(String tekst) {
        String genormaliseerd = "-" + Slug.van(tekst).waarde() + "-";
        Namen huidig = namen.get();
        Set<String> kernSlugs = new LinkedHashSet<>();
        Set<String> cbsCodes = new LinkedHashSet<>();
        huidig.kernen().stream().filter(n -> genormaliseerd.contains("-" + n.naam() + "-")).forEach(n -> kernSlugs.add(n.sleutel()));
        huidig.gemeenten().stream().filter(n -> genormaliseerd.contains("-" + n.naam() + "-")).forEach(n -> cbsCodes.add(n.sleutel()));
        return new Genoemd(kernSlugs, cbsCodes);
    }

    private Namen laad() {
        List<Naam> kernNamen = new ArrayList<>();
        kernen.findAll().forEach(k -> kernNamen.add(new Naam(Slug.van(k.naam()).waarde(), k.slug())));
        List<Naam> gemeenteNamen = new ArrayList<>();
        gemeenten.findAll().forEach(g -> gemeenteNamen.add(new Naam(Slug.van(g.naam()).waarde(), g.cbsCode())));
        return new Namen(List.copyOf(kernNamen), List.copyOf(gemeenteNamen));
    }

    /** Places named in a text. */
    public record Genoemd(Set<String> kernen, Set<String> gemeenten) {
    }

    private record Naam(String naam, String sleutel) {
    }

    private record Namen(List<Naam> kernen, List<Naam> gemeenten) {
    }
}
