package nl.socialekaart.portal.publiek.zoeken;

import nl.socialekaart.portal.web.taal.Teksten;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.gemeente.Gemeente;
import nl.socialekaart.directory.gemeente.GemeenteRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.taxonomie.Doelgroep;
import nl.socialekaart.directory.taxonomie.DoelgroepRepository;
import nl.socialekaart.directory.taxonomie.Thema;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.portal.web.taal.HuidigeTaal;
import nl.socialekaart.portal.web.taal.Vertaling;
import nl.socialekaart.search.ExpiringValue;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.FacetWaarde;
import nl.socialekaart.search.zoeken.ZoekResultaat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Turns the codes in facet counts into the words people read: kern and thema names, toegang in plain words, in the language of the request. */
@Singleton
public class FacetLabels {


    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final ThemaRepository themas;
    private final DoelgroepRepository doelgroepen;
    private final Teksten teksten;
    private final HuidigeTaal huidigeTaal;
    /** The names change rarely and a search should not reload thousands of them: kept for a minute. */
    private final ExpiringValue<Namen> namen = new ExpiringValue<>(Duration.ofMinutes(1), this::laad,
            n -> n.plaatsen().isEmpty());

    public FacetLabels(KernRepository kernen, GemeenteRepository gemeenten, ThemaRepository themas,
                       DoelgroepRepository doelgroepen, Teksten teksten, HuidigeTaal huidigeTaal) {
        this.kernen = kernen;
        this.gemeenten = gemeenten;
        this.themas = themas;
        this.doelgroepen = doelgroepen;
        this.teksten = teksten;
        this.huidigeTaal = huidigeTaal;
    }

    public List<FacetWeergave> weergave(ZoekResultaat resultaat) {
        Namen namen = this.namen.get();
        Map<String, String> kernNamen = namen.plaatsen();
        Map<String, String> themaNamen = namen.themas();
        Map<String, String> doelgroepNamen = namen.doelgroepen();
        Vertaling vertaling = huidigeTaal.vertaling();
        List<FacetWeergave> weergave = new ArrayList<>();
        resultaat.facetten().forEach((facet, waarden) -> weergave.add(new FacetWeergave(facet.parameter(),
                vertaling.tekst("facet." + facet.name()), waarden.stream().map(w -> new FacetOptie(w.waarde(),
                        label(facet, w, kernNamen, themaNamen, doelgroepNamen), w.aantal(), w.gekozen())).toList())));
        return weergave;
    }

    private Namen laad() {
        Map<String, String> plaatsen = namen(kernen.findAll(), Kern::slug, Kern::naam);
        plaatsen.putAll(namen(gemeenten.findAll(), Gemeente::cbsCode, Gemeente::naam));
        return new Namen(Map.copyOf(plaatsen), Map.copyOf(namen(themas.findAll(), Thema::code, Thema::naam)),
                Map.copyOf(namen(doelgroepen.findAll(), Doelgroep::code, Doelgroep::naam)));
    }

    private record Namen(Map<String, String> plaatsen, Map<String, String> themas, Map<String, String> doelgroepen) {
    }

    private String label(Facet facet, FacetWaarde waarde, Map<String, String> kernNamen,
                         Map<String, String> themaNamen, Map<String, String> doelgroepNamen) {
        String w = waarde.waarde();
        try {
            return switch (facet) {
                case KERN, GEMEENTE -> kernNamen.getOrDefault(w, w);
                case THEMA -> themaNamen.getOrDefault(w, w);
                case DOELGROEP -> doelgroepNamen.getOrDefault(w, w);
                case GEBIED -> w;
                case TOEGANG -> teksten.toegang(Toegang.valueOf(w));
                case KOSTEN -> teksten.kosten(Kosten.valueOf(w));
                case SOORT -> teksten.soort(Soort.valueOf(w));
            };
        } catch (IllegalArgumentException onbekend) {
            return w;
        }
    }

    private static <T> Map<String, String> namen(Iterable<T> items, Function<T, String> sleutel,
                                                 Function<T, String> naam) {
        return StreamSupport.stream(items.spliterator(), false)
                .collect(Collectors.toMap(sleutel, naam, (a, b) -> a, java.util.HashMap::new));
    }
}
