package nl.socialekaart.directory.importeren;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.taxonomie.Doelgroep;
import nl.socialekaart.directory.taxonomie.DoelgroepRepository;
import nl.socialekaart.directory.taxonomie.Thema;
import nl.socialekaart.directory.taxonomie.ThemaRepository;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Loads, once per import, the codes a file may refer to: aanbieder and kern slugs, thema and doelgroep codes. */
@Singleton
public class Opzoektabellen {

    private final AanbiederRepository aanbieders;
    private final ThemaRepository themas;
    private final DoelgroepRepository doelgroepen;
    private final KernRepository kernen;

    public Opzoektabellen(AanbiederRepository aanbieders, ThemaRepository themas, DoelgroepRepository doelgroepen,
                          KernRepository kernen) {
        this.aanbieders = aanbieders;
        this.themas = themas;
        this.doelgroepen = doelgroepen;
        this.kernen = kernen;
    }

    public Codes laad() {
        return new Codes(
                StreamSupport.stream(aanbieders.findAll().spliterator(), false).collect(Collectors.toMap(Aanbieder::slug, Aanbieder::id)),
                themas.findAllOrderByVolgorde().stream().collect(Collectors.toMap(Thema::code, Thema::id)),
                doelgroepen.findAllOrderByVolgorde().stream().collect(Collectors.toMap(Doelgroep::code, Doelgroep::id)),
                kernen.findAllOrderByNaam().stream().collect(Collectors.toMap(Kern::slug, Kern::id)));
    }

    /** Code or slug to id, per kind. */
    public record Codes(Map<String, UUID> aanbieders, Map<String, UUID> themas, Map<String, UUID> doelgroepen,
                        Map<String, UUID> kernen) {
    }
}
