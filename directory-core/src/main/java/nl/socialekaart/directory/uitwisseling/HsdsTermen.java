package nl.socialekaart.directory.uitwisseling;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.taxonomie.DoelgroepRepository;
import nl.socialekaart.directory.taxonomie.ThemaRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The thema's and doelgroepen as HSDS taxonomy terms, with their stable ids ({@link HsdsIds#term}). */
@Singleton
public class HsdsTermen {

    public record Term(UUID id, Taxonomie taxonomie, String code, String naam, String omschrijving) {

        public HsdsObject hsds() {
            return HsdsMapping.term(taxonomie, code, naam, omschrijving);
        }
    }

    private final ThemaRepository themas;
    private final DoelgroepRepository doelgroepen;

    public HsdsTermen(ThemaRepository themas, DoelgroepRepository doelgroepen) {
        this.themas = themas;
        this.doelgroepen = doelgroepen;
    }

    /** All terms: thema's first, each taxonomy in its own order. Some dozens, read per call. */
    public List<Term> alle() {
        List<Term> termen = new ArrayList<>();
        themas.findAllOrderByVolgorde().forEach(t -> termen.add(
                new Term(HsdsIds.term(Taxonomie.THEMA, t.code()), Taxonomie.THEMA, t.code(), t.naam(), t.omschrijving())));
        doelgroepen.findAllOrderByVolgorde().forEach(d -> termen.add(
                new Term(HsdsIds.term(Taxonomie.DOELGROEP, d.code()), Taxonomie.DOELGROEP, d.code(), d.naam(), d.omschrijving())));
        return termen;
    }

    public Optional<Term> term(UUID id) {
        return alle().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static Optional<Taxonomie> taxonomie(UUID id) {
        for (Taxonomie t : Taxonomie.values()) {
            if (HsdsIds.taxonomie(t).equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
