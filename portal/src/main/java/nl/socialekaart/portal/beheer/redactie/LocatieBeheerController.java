package nl.socialekaart.portal.beheer.redactie;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.socialekaart.directory.geocodering.Geocoder;
import nl.socialekaart.directory.geocodering.LocatieGeocodering;
import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.locatie.LocatieRepository;
import nl.socialekaart.directory.redactie.AanbodRedactie;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static nl.socialekaart.directory.redactie.Formulierwaarde.opgeschoond;
import static nl.socialekaart.directory.redactie.Formulierwaarde.uuid;

/**
 * Locaties in beheer (REDACTEUR, BEHEERDER). The address is placed by the geocoder on save (point, BAG id,
 * wijk and buurt on an exact match); the point can be corrected by dragging the marker on the map
 * ({@code /static/js/locatie-kaart.js}) or, without JavaScript, by typing latitude and longitude.
 */
@Controller("/beheer/locaties")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LocatieBeheerController {

    private final BeheerModel beheerModel;
    private final LocatieRepository locaties;
    private final AanbodRedactie redactie;
    private final LocatieGeocodering geocodering;
    private final Validator validator;
    private final Keuzes keuzes;
    private final Geocoder geocoder;

    public LocatieBeheerController(BeheerModel beheerModel, LocatieRepository locaties, AanbodRedactie redactie,
                                   LocatieGeocodering geocodering, Validator validator, Keuzes keuzes,
                                   Geocoder geocoder) {
        this.geocoder = geocoder;
        this.beheerModel = beheerModel;
        this.locaties = locaties;
        this.redactie = redactie;
        this.geocodering = geocodering;
        this.validator = validator;
        this.keuzes = keuzes;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public ModelAndView<Map<String, Object>> lijst(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Locaties", authentication);
        model.put("locaties", StreamSupport.stream(locaties.findAll().spliterator(), false)
                .sorted(Comparator.comparing(l -> l.naam().toLowerCase())).toList());
        return new ModelAndView<>("beheer/locaties", model);
    }

    @Get(value = "/nieuw", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public ModelAndView<Map<String, Object>> nieuw(Authentication authentication) {
        return formulier(authentication, null, null, Map.of(), Map.of(), null);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> bewerk(Authentication authentication, String id) {
        return zoek(id).<MutableHttpResponse<?>>map(l -> HttpResponse.ok(formulier(authentication, l.id(), l.version(),
                velden(l), Map.of(), null))).orElseGet(HttpResponse::notFound);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> maak(Authentication authentication, @Body Map<String, String> form) {
        return bewaar(authentication, null, form);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> wijzig(Authentication authentication, String id, @Body Map<String, String> form) {
        Optional<Locatie> bestaand = zoek(id);
        if (bestaand.isEmpty()) {
            return HttpResponse.notFound();
        }
        return bewaar(authentication, bestaand.get(), form);
    }

    private MutableHttpResponse<?> bewaar(Authentication authentication, Locatie bestaand, Map<String, String> form) {
        boolean nieuw = bestaand == null;
        UUID id = nieuw ? UUID.randomUUID() : bestaand.id();
        Long version = nieuw ? null : VoorzieningFormulier.version(form);
        Map<String, String> fouten = new LinkedHashMap<>();
        Double lat = getal(form.get("latitude"), "latitude", fouten);
        Double lon = getal(form.get("longitude"), "longitude", fouten);
        UUID kern = uuid(opgeschoond(form.get("kernId"))).orElse(null);
        String postcode = opgeschoond(form.get("postcode"));
        Locatie locatie = new Locatie(id, opgeschoond(form.get("naam")), opgeschoond(form.get("straat")),
                opgeschoond(form.get("huisnummer")),
                postcode == null ? null : postcode.toUpperCase(Locale.ROOT), opgeschoond(form.get("plaats")), kern,
                lat == null ? 0 : lat, lon == null ? 0 : lon, form.containsKey("rolstoeltoegankelijk") ? Boolean.TRUE : null,
                nieuw ? null : bestaand.bagId(), nieuw ? null : bestaand.wijkcode(), nieuw ? null : bestaand.buurtcode(),
                version);
        boolean puntMetDeHand = lat != null && lon != null
                && (nieuw || lat != bestaand.latitude() || lon != bestaand.longitude());
        if (fouten.isEmpty() && (lat == null || lon == null)) {
            // no point given: the address must give one
            Locatie geplaatst = geocodering.plaats(locatie);
            if (geplaatst == locatie) {
                // no exact address: a postcode or place gives a first point, to be corrected on the map
                String plaats = locatie.plaats();
                Optional<Punt> grof = Optional.ofNullable(locatie.postcode()).or(() -> Optional.ofNullable(plaats))
                        .flatMap(geocoder::zoek).map(r -> r.punt());
                if (grof.isEmpty()) {
                    fouten.put("latitude", "Het adres is niet gevonden. Zet de punt op de kaart of vul de coördinaten in.");
                } else {
                    Locatie l = locatie;
                    geplaatst = new Locatie(l.id(), l.naam(), l.straat(), l.huisnummer(), l.postcode(), l.plaats(),
                            l.kernId(), grof.get().lat(), grof.get().lon(), l.rolstoeltoegankelijk(), null, null, null,
                            l.version());
                }
            }
            locatie = geplaatst;
            puntMetDeHand = true;
        }
        for (ConstraintViolation<Locatie> fout : validator.validate(locatie)) {
            fouten.putIfAbsent(fout.getPropertyPath().toString(), fout.getMessage());
        }
        if (!nieuw && version == null) {
            fouten.put("naam", "Het formulier mist zijn versie; open de locatie opnieuw.");
        }
        if (!fouten.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formulier(authentication, nieuw ? null : id, version, form, fouten, null));
        }
        Locatie opgeslagen;
        try {
            opgeslagen = redactie.bewaar(locatie, nieuw, puntMetDeHand, Ingelogd.van(authentication).naam());
        } catch (OptimisticLockException e) {
            Locatie huidig = locaties.findById(id).orElseThrow();
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(formulier(authentication, id, huidig.version(), form, Map.of(), velden(huidig)));
        }
        return HttpResponse.seeOther(URI.create("/beheer/locaties/" + opgeslagen.id()));
    }

    private static Map<String, String> velden(Locatie l) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("naam", l.naam());
        velden.put("straat", tekst(l.straat()));
        velden.put("huisnummer", tekst(l.huisnummer()));
        velden.put("postcode", tekst(l.postcode()));
        velden.put("plaats", tekst(l.plaats()));
        velden.put("kernId", l.kernId().toString());
        velden.put("latitude", String.valueOf(l.latitude()));
        velden.put("longitude", String.valueOf(l.longitude()));
        velden.put("bagId", tekst(l.bagId()));
        velden.put("wijkcode", tekst(l.wijkcode()));
        velden.put("buurtcode", tekst(l.buurtcode()));
        if (Boolean.TRUE.equals(l.rolstoeltoegankelijk())) {
            velden.put("rolstoeltoegankelijk", "on");
        }
        return velden;
    }

    private ModelAndView<Map<String, Object>> formulier(Authentication authentication, UUID id, Long version,
                                                        Map<String, String> waarden, Map<String, String> fouten,
                                                        Map<String, String> conflict) {
        Map<String, Object> model = beheerModel.formulier(id == null ? "Nieuwe locatie" : "Locatie bewerken",
                authentication, id, version, waarden, fouten, conflict);
        model.put("kernen", keuzes.kernen());
        return new ModelAndView<>("beheer/locatie-formulier", model);
    }

    private Optional<Locatie> zoek(String id) {
        return uuid(opgeschoond(id)).flatMap(locaties::findById);
    }

    private static Double getal(String s, String veld, Map<String, String> fouten) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            fouten.put(veld, "Vul een getal in, bijvoorbeeld 51.9235.");
            return null;
        }
    }

    private static String tekst(String s) {
        return s == null ? "" : s;
    }
}
