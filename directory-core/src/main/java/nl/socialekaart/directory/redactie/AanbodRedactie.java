package nl.socialekaart.directory.redactie;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.geocodering.LocatieGeocodering;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.locatie.LocatieRepository;

import java.util.Objects;
import java.util.Optional;

/**
 * Saving aanbieders and locaties from beheer: with the editor's name for the audit trail and optimistic
 * locking on the form's version. A locatie whose address is new or changed is placed by the geocoder
 * ({@link LocatieGeocodering}: point, BAG id, wijk and buurt on an exact address match), unless someone moved
 * its point by hand in the same save: then the hand-set point wins.
 */
@Singleton
public class AanbodRedactie {

    private final AanbiederRepository aanbieders;
    private final LocatieRepository locaties;
    private final LocatieGeocodering geocodering;
    private final AuditGebruiker auditGebruiker;

    public AanbodRedactie(AanbiederRepository aanbieders, LocatieRepository locaties, LocatieGeocodering geocodering,
                          AuditGebruiker auditGebruiker) {
        this.aanbieders = aanbieders;
        this.locaties = locaties;
        this.geocodering = geocodering;
        this.auditGebruiker = auditGebruiker;
    }

    /** @throws io.micronaut.data.exceptions.OptimisticLockException when someone else saved it since */
    @Transactional
    public Aanbieder bewaar(Aanbieder aanbieder, boolean nieuw, String gebruiker) {
        auditGebruiker.zet(gebruiker);
        return nieuw ? aanbieders.save(aanbieder) : aanbieders.update(aanbieder);
    }

    /**
     * @param puntMetDeHand whether the form's point differs from the stored one (moved on the map or typed)
     * @throws io.micronaut.data.exceptions.OptimisticLockException when someone else saved it since
     */
    @Transactional
    public Locatie bewaar(Locatie locatie, boolean nieuw, boolean puntMetDeHand, String gebruiker) {
        auditGebruiker.zet(gebruiker);
        Optional<Locatie> bestaand = nieuw ? Optional.empty() : locaties.findById(locatie.id());
        boolean adresAnders = bestaand.map(b -> !LocatieGeocoderingAdres.van(b).equals(LocatieGeocoderingAdres.van(locatie)))
                .orElse(true);
        Locatie teBewaren = locatie;
        if (adresAnders && !puntMetDeHand) {
            teBewaren = geocodering.plaats(locatie);
        } else if (bestaand.isPresent() && !adresAnders) {
            // same address: keep what the geocoder found for it before
            Locatie b = bestaand.get();
            teBewaren = new Locatie(locatie.id(), locatie.naam(), locatie.straat(), locatie.huisnummer(),
                    locatie.postcode(), locatie.plaats(), locatie.kernId(), locatie.latitude(), locatie.longitude(),
                    locatie.rolstoeltoegankelijk(), b.bagId(), b.wijkcode(), b.buurtcode(), locatie.version());
        }
        return nieuw ? locaties.save(teBewaren) : locaties.update(teBewaren);
    }

    /** The parts of a locatie that make its address. */
    record LocatieGeocoderingAdres(String straat, String huisnummer, String postcode, String plaats) {
        static LocatieGeocoderingAdres van(Locatie l) {
            return new LocatieGeocoderingAdres(Objects.toString(l.straat(), ""), Objects.toString(l.huisnummer(), ""),
                    Objects.toString(l.postcode(), ""), Objects.toString(l.plaats(), ""));
        }
    }
}
