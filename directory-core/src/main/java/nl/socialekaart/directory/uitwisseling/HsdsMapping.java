package nl.socialekaart.directory.uitwisseling;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.KernWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.LocatieWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.OpeningstijdWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.TermWeergave;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Our read model as HSDS 3.0 objects with the HSDS-NL profile's additions (docs/hsds.md). Only what a
 * resident may see: the weergave holds public fields only, and nothing here adds personal data.
 *
 * <p>Mapping: voorziening = service, aanbieder = organization, locatie = location (+ address, accessibility),
 * voorziening_locatie = service_at_location, openingstijd = schedule (weekly, one day per schedule),
 * werkgebied (kern) = service_area, thema/doelgroep = taxonomy_term linked through attribute.
 */
public final class HsdsMapping {

    public static final String LAND = "NL";
    static final String BAG_IDENTIFIER_TYPE = "BAG nummeraanduiding";
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ISO_INSTANT;
    private static final List<String> DAGEN = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final List<String> DAGNAMEN = List.of(
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

    private HsdsMapping() {
    }

    /** The service as in lists: its own fields, no nested objects. */
    public static HsdsObject service(VoorzieningWeergave v) {
        return new HsdsObject()
                .met("id", v.id())
                .met("organization_id", v.aanbieder().id())
                .met("name", v.naam())
                .met("description", v.omschrijving())
                .met("url", v.website())
                .met("email", v.email())
                // only published voorzieningen are ever mapped
                .met("status", "active")
                .met("application_process", Labels.toegang(v.toegang()))
                .met("fees_description", v.kostenToelichting() != null ? v.kostenToelichting() : Labels.kosten(v.kosten()))
                .met("assured_date", v.laatstGecontroleerd() == null ? null : v.laatstGecontroleerd().toString())
                .met("last_modified", tijdstip(v))
                // HSDS-NL profile
                .met("korte_omschrijving", v.korteOmschrijving())
                .met("soort", v.soort())
                .met("toegang", v.toegang())
                .met("kosten", v.kosten());
    }

    /** Just enough to tell what changed: {@code ?minimal=true}. */
    public static HsdsObject minimaal(VoorzieningWeergave v) {
        return new HsdsObject().met("id", v.id()).met("name", v.naam()).met("status", "active")
                .met("last_modified", tijdstip(v));
    }

    /** The fully nested service: organization, phones, service areas, locations with schedules, taxonomy terms. */
    public static HsdsObject serviceVolledig(VoorzieningWeergave v) {
        return serviceVolledig(v, null);
    }

    /** @param aanbiederOmschrijving the aanbieder's own description, when known (the weergave lacks it) */
    public static HsdsObject serviceVolledig(VoorzieningWeergave v, String aanbiederOmschrijving) {
        HsdsObject service = service(v);
        service.met("phones", v.telefoon() == null ? null
                        : List.of(telefoon(HsdsIds.van("phone/service", v.id()), v.telefoon()).met("service_id", v.id())))
                .met("service_areas", v.werkgebied().stream().map(k -> serviceArea(v.id(), k)).toList())
                .met("service_at_locations", v.locaties().stream().map(l -> serviceAtLocation(v, l, false)).toList())
                .met("organization", organisatie(v.aanbieder(), aanbiederOmschrijving))
                .met("attributes", attributen(v));
        return service;
    }

    /** A service_at_location with its location and schedules; in lists also the service itself. */
    public static HsdsObject serviceAtLocation(VoorzieningWeergave v, LocatieWeergave l, boolean metService) {
        UUID id = HsdsIds.serviceAtLocation(v.id(), l.id());
        HsdsObject sal = new HsdsObject()
                .met("id", id)
                .met("service_id", v.id())
                .met("location_id", l.id())
                .met("schedules", l.openingstijden().stream().map(o -> schema(v.id(), l.id(), id, o)).toList())
                .met("location", locatie(l));
        if (metService) {
            sal.met("service", service(v));
        }
        return sal;
    }

    public static HsdsObject locatie(LocatieWeergave l) {
        HsdsObject locatie = new HsdsObject()
                .met("id", l.id())
                .met("location_type", "physical")
                .met("name", l.naam())
                .met("latitude", l.punt().lat())
                .met("longitude", l.punt().lon())
                .met("external_identifier", l.bagId())
                .met("external_identifier_type", l.bagId() == null ? null : BAG_IDENTIFIER_TYPE);
        if (l.straat() != null || l.postcode() != null) {
            String adres = l.straat() == null ? "" : l.straat() + (l.huisnummer() == null ? "" : " " + l.huisnummer());
            locatie.met("addresses", List.of(new HsdsObject()
                    .met("id", HsdsIds.van("address", l.id()))
                    .met("location_id", l.id())
                    .met("address_1", adres)
                    .met("city", l.plaats() != null ? l.plaats() : l.kern().naam())
                    // the Netherlands has no state; the gemeente is the level residents know
                    .met("state_province", l.kern().gemeente())
                    .met("postal_code", l.postcode() == null ? "" : l.postcode())
                    .met("country", LAND)
                    .met("address_type", "physical")));
        }
        if (l.rolstoeltoegankelijk() != null) {
            locatie.met("accessibility", List.of(new HsdsObject()
                    .met("id", HsdsIds.van("accessibility", l.id()))
                    .met("location_id", l.id())
                    .met("description", l.rolstoeltoegankelijk() ? "Rolstoeltoegankelijk" : "Niet rolstoeltoegankelijk")
                    // HSDS-NL profile: the machine-readable value behind the description
                    .met("rolstoeltoegankelijk", l.rolstoeltoegankelijk())));
        }
        // HSDS-NL profile
        return locatie.met("kern", kern(l.kern()))
                .met("gemeente", gemeente(l.kern()))
                .met("bag_id", l.bagId())
                .met("wijkcode", l.wijkcode())
                .met("buurtcode", l.buurtcode());
    }

    public static HsdsObject serviceArea(UUID voorzieningId, KernWeergave k) {
        return new HsdsObject()
                .met("id", HsdsIds.van("service_area", voorzieningId, k.slug()))
                .met("service_id", voorzieningId)
                .met("name", k.naam())
                .met("description", "Kern " + k.naam() + ", gemeente " + k.gemeente())
                .met("extent_type", "kern")
                .met("kern", kern(k))
                .met("gemeente", gemeente(k));
    }

    /** @param omschrijving the aanbieder's own description when known; HSDS requires one, so else its name */
    public static HsdsObject organisatie(VoorzieningWeergave.AanbiederWeergave a, String omschrijving) {
        return organisatie(a.id(), a.naam(), omschrijving, a.website(), a.email(), a.telefoon());
    }

    public static HsdsObject organisatie(UUID id, String naam, String omschrijving, String website, String email,
                                         String telefoon) {
        return new HsdsObject()
                .met("id", id)
                .met("name", naam)
                .met("description", omschrijving == null || omschrijving.isBlank() ? naam : omschrijving)
                .met("email", email)
                .met("website", website)
                .met("phones", telefoon == null ? null
                        : List.of(telefoon(HsdsIds.van("phone/organization", id), telefoon).met("organization_id", id)));
    }

    public static HsdsObject taxonomie(Taxonomie t) {
        return new HsdsObject()
                .met("id", HsdsIds.taxonomie(t))
                .met("name", t.naam())
                .met("description", t.omschrijving())
                .met("version", "1");
    }

    public static HsdsObject term(Taxonomie t, String code, String naam, String omschrijving) {
        return new HsdsObject()
                .met("id", HsdsIds.term(t, code))
                .met("code", code)
                .met("name", naam)
                .met("description", omschrijving == null || omschrijving.isBlank() ? naam : omschrijving)
                .met("taxonomy", t.code())
                .met("taxonomy_id", HsdsIds.taxonomie(t))
                .met("language", "nl");
    }

    private static List<HsdsObject> attributen(VoorzieningWeergave v) {
        List<HsdsObject> attributen = new ArrayList<>();
        for (TermWeergave t : v.themas()) {
            attributen.add(attribuut(v.id(), Taxonomie.THEMA, t));
        }
        for (TermWeergave t : v.doelgroepen()) {
            attributen.add(attribuut(v.id(), Taxonomie.DOELGROEP, t));
        }
        return attributen;
    }

    private static HsdsObject attribuut(UUID voorzieningId, Taxonomie taxonomie, TermWeergave t) {
        UUID termId = HsdsIds.term(taxonomie, t.code());
        return new HsdsObject()
                .met("id", HsdsIds.van("attribute", voorzieningId, termId))
                .met("link_id", voorzieningId)
                .met("link_type", taxonomie.code())
                .met("link_entity", "service")
                .met("taxonomy_term_id", termId)
                .met("taxonomy_term", term(taxonomie, t.code(), t.naam(), null));
    }

    private static HsdsObject schema(UUID voorzieningId, UUID locatieId, UUID salId, OpeningstijdWeergave o) {
        return new HsdsObject()
                .met("id", HsdsIds.van("schedule", voorzieningId, locatieId, o.weekdag(), o.opent()))
                .met("service_id", voorzieningId)
                .met("location_id", locatieId)
                .met("service_at_location_id", salId)
                .met("freq", "WEEKLY")
                .met("wkst", "MO")
                .met("byday", DAGEN.get(o.weekdag() - 1))
                .met("opens_at", o.opent())
                .met("closes_at", o.sluit())
                .met("description", DAGNAMEN.get(o.weekdag() - 1) + " " + o.opent() + "–" + o.sluit());
    }

    private static HsdsObject telefoon(UUID id, String nummer) {
        return new HsdsObject().met("id", id).met("number", nummer);
    }

    private static HsdsObject kern(KernWeergave k) {
        return new HsdsObject().met("slug", k.slug()).met("naam", k.naam()).met("gebied", k.gebied());
    }

    private static HsdsObject gemeente(KernWeergave k) {
        return new HsdsObject().met("cbs_code", k.cbsCode()).met("naam", k.gemeente());
    }

    /** Milliseconds are enough and keep the text the same after a round trip through PostgreSQL. */
    static String tijdstip(VoorzieningWeergave v) {
        return TIJDSTIP.format(v.gewijzigdOp().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC).toInstant());
    }

    public static int weekdag(String byday) {
        return DAGEN.indexOf(byday) + 1;
    }

    public static String byday(int weekdag) {
        return DAGEN.get(weekdag - 1);
    }
}
