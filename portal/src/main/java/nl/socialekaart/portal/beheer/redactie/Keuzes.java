package nl.socialekaart.portal.beheer.redactie;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.locatie.LocatieRepository;
import nl.socialekaart.directory.taxonomie.DoelgroepRepository;
import nl.socialekaart.directory.taxonomie.ThemaRepository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** What a beheer form lets one choose from (aanbieders, kernen, thema's, ...), and their names by id. */
@Singleton
public class Keuzes {

    private final AanbiederRepository aanbieders;
    private final KernRepository kernen;
    private final LocatieRepository locaties;
    private final ThemaRepository themas;
    private final DoelgroepRepository doelgroepen;

    public Keuzes(AanbiederRepository aanbieders, KernRepository kernen, LocatieRepository locaties,
                  ThemaRepository themas, DoelgroepRepository doelgroepen) {
        this.aanbieders = aanbieders;
        this.kernen = kernen;
        this.locaties = locaties;
        this.themas = themas;
        this.doelgroepen = doelgroepen;
    }

    /** An option: value (id) and the text shown. */
    public record Optie(String id, String naam) {
    }

    public List<Optie> aanbieders() {
        return StreamSupport.stream(aanbieders.findAll().spliterator(), false)
                .sorted(Comparator.comparing(a -> a.naam().toLowerCase()))
                .map(a -> new Optie(a.id().toString(), a.naam())).toList();
    }

    public List<Optie> kernen() {
        return kernen.findAllOrderByNaam().stream().map(k -> new Optie(k.id().toString(), k.naam())).toList();
    }

    public List<Optie> locaties() {
        return StreamSupport.stream(locaties.findAll().spliterator(), false)
                .sorted(Comparator.comparing(l -> l.naam().toLowerCase()))
                .map(l -> new Optie(l.id().toString(), locatieNaam(l))).toList();
    }

    public List<Optie> themas() {
        return themas.findAllOrderByVolgorde().stream().map(t -> new Optie(t.id().toString(), t.naam())).toList();
    }

    public List<Optie> doelgroepen() {
        return doelgroepen.findAllOrderByVolgorde().stream().map(t -> new Optie(t.id().toString(), t.naam())).toList();
    }

    /** Every id a voorziening form can hold, to its name; an unknown id stays as it is. */
    public Map<String, String> namen() {
        Map<String, String> namen = new HashMap<>();
        for (List<Optie> lijst : List.of(aanbieders(), kernen(), locaties(), themas(), doelgroepen())) {
            lijst.forEach(o -> namen.put(o.id(), o.naam()));
        }
        return namen;
    }

    static String locatieNaam(Locatie l) {
        return l.naam() + (l.plaats() == null ? "" : ", " + l.plaats());
    }
}
