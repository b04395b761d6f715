package nl.socialekaart.directory.demo;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.gemeente.Gemeente;
import nl.socialekaart.directory.gemeente.GemeenteRepository;
import nl.socialekaart.directory.kern.Gebied;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.locatie.LocatieRepository;
import nl.socialekaart.directory.locatie.Openingstijd;
import nl.socialekaart.directory.locatie.OpeningstijdRepository;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.taxonomie.DoelgroepRepository;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static nl.socialekaart.directory.demo.DemoGemeente.AanbiederGegevens;
import static nl.socialekaart.directory.demo.DemoGemeente.GebiedGegevens;
import static nl.socialekaart.directory.demo.DemoGemeente.KernGegevens;
import static nl.socialekaart.directory.demo.DemoGemeente.LocatieGegevens;
import static nl.socialekaart.directory.demo.DemoGemeente.OpeningstijdGegevens;
import static nl.socialekaart.directory.demo.DemoGemeente.VoorzieningGegevens;
import static nl.socialekaart.directory.demo.DemoGemeente.VoorzieningLocatieGegevens;

/**
 * Writes one {@link DemoGemeente} through the repositories. Ids are derived from the file's keys
 * (name-based UUIDs), which is what makes loading twice a no-op.
 */
@Singleton
public class DemoGemeenteWriter {

    private final GemeenteRepository gemeenten;
    private final GebiedRepository gebieden;
    private final KernRepository kernen;
    private final AanbiederRepository aanbieders;
    private final LocatieRepository locaties;
    private final VoorzieningRepository voorzieningen;
    private final OpeningstijdRepository openingstijden;
    private final ThemaRepository themas;
    private final DoelgroepRepository doelgroepen;

    public DemoGemeenteWriter(GemeenteRepository gemeenten, GebiedRepository gebieden, KernRepository kernen,
                              AanbiederRepository aanbieders, LocatieRepository locaties,
                              VoorzieningRepository voorzieningen, OpeningstijdRepository openingstijden,
                              ThemaRepository themas, DoelgroepRepository doelgroepen) {
        this.gemeenten = gemeenten;
        this.gebieden = gebieden;
        this.kernen = kernen;
        this.aanbieders = aanbieders;
        this.locaties = locaties;
        this.voorzieningen = voorzieningen;
        this.openingstijden = openingstijden;
        this.themas = themas;
        this.doelgroepen = doelgroepen;
    }

    /** @return the number of voorzieningen added */
    public int schrijf(DemoGemeente demo) {
        UUID gemeenteId = id("gemeente", demo.gemeente().cbsCode());
        if (!gemeenten.existsById(gemeenteId)) {
            gemeenten.save(new Gemeente(gemeenteId, demo.gemeente().cbsCode(), demo.gemeente().naam(), null));
        }
        for (GebiedGegevens gebied : demo.gebieden()) {
            UUID gebiedId = id("gebied", demo.gemeente().cbsCode() + "/" + gebied.sleutel());
            if (!gebieden.existsById(gebiedId)) {
                gebieden.save(new Gebied(gebiedId, gemeenteId, gebied.naam(), gebied.sociaalTeamTelefoon(),
                        gebied.sociaalTeamEmail(), null));
            }
            for (KernGegevens kern : gebied.kernen()) {
                UUID kernId = id("kern", kern.slug());
                if (!kernen.existsById(kernId)) {
                    kernen.save(new Kern(kernId, gebiedId, kern.naam(), kern.slug(), kern.latitude(),
                            kern.longitude(), null));
                }
            }
        }
        for (AanbiederGegevens aanbieder : demo.aanbieders()) {
            UUID aanbiederId = id("aanbieder", aanbieder.sleutel());
            if (!aanbieders.existsById(aanbiederId)) {
                aanbieders.save(new Aanbieder(aanbiederId, aanbieder.naam(), Slug.van(aanbieder.naam()).waarde(),
                        aanbieder.rol(), aanbieder.omschrijving(), aanbieder.website(), aanbieder.telefoon(),
                        aanbieder.email(), null, null));
            }
        }
        for (LocatieGegevens locatie : demo.locaties()) {
            UUID locatieId = id("locatie", locatie.sleutel());
            if (!locaties.existsById(locatieId)) {
                locaties.save(new Locatie(locatieId, locatie.naam(), locatie.straat(), locatie.huisnummer(),
                        locatie.postcode(), locatie.plaats(), id("kern", locatie.kern()), locatie.latitude(),
                        locatie.longitude(), locatie.rolstoeltoegankelijk(), locatie.bagId(), locatie.wijkcode(),
                        locatie.buurtcode(), null));
            }
        }
        int toegevoegd = 0;
        for (VoorzieningGegevens voorziening : demo.voorzieningen()) {
            UUID voorzieningId = id("voorziening", voorziening.sleutel());
            if (!voorzieningen.existsById(voorzieningId)) {
                schrijfVoorziening(voorzieningId, voorziening);
                toegevoegd++;
            }
        }
        return toegevoegd;
    }

    private void schrijfVoorziening(UUID voorzieningId, VoorzieningGegevens gegevens) {
        voorzieningen.save(new Voorziening(voorzieningId, id("aanbieder", gegevens.aanbieder()), gegevens.naam(),
                Slug.van(gegevens.naam()).waarde(), gegevens.korteOmschrijving(), gegevens.omschrijving(),
                gegevens.soort(), gegevens.toegang(), gegevens.kosten(), gegevens.kostenToelichting(),
                gegevens.telefoon(), gegevens.email(), gegevens.website(), Status.GEPUBLICEERD,
                gegevens.laatstGecontroleerd(), null, null, null));
        for (String code : gegevens.themas()) {
            voorzieningen.koppelThema(voorzieningId, themas.findByCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("Onbekend thema in demodata: " + code)).id());
        }
        for (String code : gegevens.doelgroepen()) {
            voorzieningen.koppelDoelgroep(voorzieningId, doelgroepen.findByCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("Onbekende doelgroep in demodata: " + code)).id());
        }
        for (String kern : gegevens.werkgebied()) {
            voorzieningen.koppelKern(voorzieningId, id("kern", kern));
        }
        for (VoorzieningLocatieGegevens locatie : gegevens.locaties()) {
            UUID locatieId = id("locatie", locatie.locatie());
            voorzieningen.koppelLocatie(voorzieningId, locatieId);
            for (OpeningstijdGegevens tijd : locatie.openingstijden()) {
                openingstijden.save(new Openingstijd(null, voorzieningId, locatieId, tijd.weekdag(), tijd.opent(),
                        tijd.sluit()));
            }
        }
    }

    static UUID id(String soort, String sleutel) {
        return UUID.nameUUIDFromBytes((soort + ":" + sleutel).getBytes(StandardCharsets.UTF_8));
    }
}
