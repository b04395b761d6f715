package nl.socialekaart.directory.testdata;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.aanbieder.AanbiederRol;
import nl.socialekaart.directory.gemeente.Gemeente;
import nl.socialekaart.directory.gemeente.GemeenteRepository;
import nl.socialekaart.directory.kern.Gebied;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.locatie.LocatieRepository;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds test aanbod through the real repositories; every call makes fresh, uniquely named rows. */
@Singleton
public class TestAanbod {

    private static final AtomicInteger TELLER = new AtomicInteger();

    private final GemeenteRepository gemeenten;
    private final GebiedRepository gebieden;
    private final KernRepository kernen;
    private final AanbiederRepository aanbieders;
    private final LocatieRepository locaties;
    private final VoorzieningRepository voorzieningen;
    private final ThemaRepository themas;

    public TestAanbod(GemeenteRepository gemeenten, GebiedRepository gebieden, KernRepository kernen,
                      AanbiederRepository aanbieders, LocatieRepository locaties, VoorzieningRepository voorzieningen,
                      ThemaRepository themas) {
        this.gemeenten = gemeenten;
        this.gebieden = gebieden;
        this.kernen = kernen;
        this.aanbieders = aanbieders;
        this.locaties = locaties;
        this.voorzieningen = voorzieningen;
        this.themas = themas;
    }

    public Kern kern() {
        int n = TELLER.incrementAndGet();
        String cbsCode = "GM%04d".formatted(9000 + n % 1000);
        Gemeente gemeente = gemeenten.findByCbsCode(cbsCode)
                .orElseGet(() -> gemeenten.save(new Gemeente(UUID.randomUUID(), cbsCode, "Testgemeente " + n, null)));
        Gebied gebied = gebieden.save(new Gebied(UUID.randomUUID(), gemeente.id(), "Testgebied " + n,
                "026 - 123 45 67", "team@example.nl", null));
        return kernen.save(new Kern(UUID.randomUUID(), gebied.id(), "Testkern " + n, "testkern-" + n + "-" + UUID.randomUUID().toString().substring(0, 8),
                51.9, 5.9, null));
    }

    public Aanbieder aanbieder() {
        String naam = "Testaanbieder " + TELLER.incrementAndGet() + " " + UUID.randomUUID().toString().substring(0, 8);
        return aanbieders.save(new Aanbieder(UUID.randomUUID(), naam, Slug.van(naam).waarde(), AanbiederRol.PARTNER,
                null, "https://test.example.nl", null, null, null, null));
    }

    /** A voorziening with a kern in its werkgebied, a locatie in that kern and the thema "ontmoeting". */
    public Voorziening voorziening(String naam, String omschrijving, Status status) {
        Kern kern = kern();
        Voorziening voorziening = voorzieningen.save(new Voorziening(UUID.randomUUID(), aanbieder().id(), naam,
                Slug.van(naam).waarde(), omschrijving, omschrijving, Soort.ALGEMEEN, Toegang.VRIJ_TOEGANKELIJK,
                Kosten.GRATIS, null, null, null, null, status, LocalDate.now(), null, null, null));
        voorzieningen.koppelKern(voorziening.id(), kern.id());
        voorzieningen.koppelThema(voorziening.id(), themas.findByCode("ontmoeting").orElseThrow().id());
        Locatie locatie = locaties.save(new Locatie(UUID.randomUUID(), "Buurthuis " + kern.naam(), "Dorpsstraat", "1",
                "6851 AB", kern.naam(), kern.id(), kern.latitude(), kern.longitude(), true, null, null, null, null));
        voorzieningen.koppelLocatie(voorziening.id(), locatie.id());
        return voorzieningen.findById(voorziening.id()).orElseThrow();
    }

    public Voorziening gepubliceerd(String naam, String omschrijving) {
        return voorziening(naam, omschrijving, Status.GEPUBLICEERD);
    }
}
