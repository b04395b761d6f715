package nl.socialekaart.search.zoeken;

import jakarta.inject.Singleton;
import nl.socialekaart.search.ExpiringValue;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.taxonomie.ThemaRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The short lists suggestions draw on besides voorzieningen (kernen, thema's, aanbieders), kept in memory
 * and reloaded at most once a minute: they change rarely, and a keystroke should not cost a database query.
 */
@Singleton
public class Naamlijsten {

    private final KernRepository kernen;
    private final ThemaRepository themas;
    private final AanbiederRepository aanbieders;
    private final ExpiringValue<List<Naam>> namen = new ExpiringValue<>(Duration.ofMinutes(1), this::laad, List::isEmpty);

    public Naamlijsten(KernRepository kernen, ThemaRepository themas, AanbiederRepository aanbieders) {
        this.kernen = kernen;
        this.themas = themas;
        this.aanbieders = aanbieders;
    }

    /** Entries with a word starting with the input (case and accents ignored), kernen and thema's first. */
    public List<Suggestie> zoek(String invoer, int maximum) {
        String gezocht = Slug.van(invoer).waarde();
        List<Suggestie> gevonden = new ArrayList<>();
        for (Naam naam : namen.get()) {
            if (gevonden.size() == maximum) {
                break;
            }
            if (naam.genormaliseerd().startsWith(gezocht) || naam.genormaliseerd().contains("-" + gezocht)) {
                gevonden.add(naam.suggestie());
            }
        }
        return gevonden;
    }

    private List<Naam> laad() {
        List<Naam> namen = new ArrayList<>();
        kernen.findAllOrderByNaam().forEach(k -> namen.add(naam(Suggestie.Soort.KERN, k.naam(), k.slug())));
        themas.findAllOrderByVolgorde().forEach(t -> namen.add(naam(Suggestie.Soort.THEMA, t.naam(), t.code())));
        aanbieders.findAll().forEach(a -> namen.add(naam(Suggestie.Soort.AANBIEDER, a.naam(), a.slug())));
        return List.copyOf(namen);
    }

    private static Naam naam(Suggestie.Soort soort, String tekst, String sleutel) {
        return new Naam(Slug.van(tekst).waarde(), new Suggestie(soort, tekst, sleutel, sleutel));
    }

    private record Naam(String genormaliseerd, Suggestie suggestie) {
    }
}
