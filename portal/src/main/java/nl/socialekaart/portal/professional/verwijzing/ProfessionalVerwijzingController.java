package nl.socialekaart.portal.professional.verwijzing;

import nl.socialekaart.portal.web.beveiliging.Lezers;
import nl.socialekaart.portal.web.fout.NietGevonden;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.redactie.Formulierwaarde;
import nl.socialekaart.directory.verwijzing.Lezer;
import nl.socialekaart.directory.verwijzing.NieuweVerwijzing;
import nl.socialekaart.directory.verwijzing.Urgentie;
import nl.socialekaart.directory.verwijzing.Verwijzing;
import nl.socialekaart.directory.verwijzing.VerwijzingOngeldigException;
import nl.socialekaart.directory.verwijzing.Verwijzingen;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.professional.VoorzieningVoorProfessional;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/** The professional's side of referrals: send one, see the team's referrals and their status, answer a question. */
@Controller("/professional/verwijzingen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfessionalVerwijzingController {

    private final Verwijzingen verwijzingen;
    private final BeheerModel beheerModel;
    private final VoorzieningVoorProfessional voorzieningPagina;

    public ProfessionalVerwijzingController(Verwijzingen verwijzingen, BeheerModel beheerModel,
                                            VoorzieningVoorProfessional voorzieningPagina) {
        this.verwijzingen = verwijzingen;
        this.beheerModel = beheerModel;
        this.voorzieningPagina = voorzieningPagina;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured("PROFESSIONAL")
    public ModelAndView<Map<String, Object>> lijst(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Verwijzingen van ons team", authentication);
        model.put("verwijzingen", verwijzingen.vanTeam(Lezers.van(authentication)));
        return new ModelAndView<>("professional/verwijzingen", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured("PROFESSIONAL")
    public MutableHttpResponse<?> stuur(@Body Formulier formulier, Authentication authentication) {
        Lezer professional = Lezers.van(authentication);
        NieuweVerwijzing nieuw = formulier.nieuw();
        try {
            Verwijzing verwijzing = verwijzingen.stuur(nieuw, professional);
            return HttpResponse.seeOther(URI.create("/professional/verwijzingen/" + verwijzing.id() + "?verstuurd=1"));
        } catch (VerwijzingOngeldigException e) {
            if (e.fouten().containsKey("voorziening")) {
                return NietGevonden.pagina(beheerModel.met("Niet gevonden", authentication));
            }
            Map<String, Object> model = voorzieningPagina.model(nieuw.voorzieningId(), authentication).orElseThrow();
            model.put("fouten", e.fouten());
            model.put("formulier", formulier);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("professional/voorziening", model));
        }
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured("PROFESSIONAL")
    public MutableHttpResponse<?> detail(String id, @Nullable @io.micronaut.http.annotation.QueryValue String verstuurd,
                                         Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Verwijzing", authentication);
        return Formulierwaarde.uuid(id).flatMap(i -> verwijzingen.lees(i, Lezers.van(authentication)))
                .<MutableHttpResponse<?>>map(inzicht -> {
                    model.put("v", inzicht);
                    model.put("verstuurd", verstuurd != null);
                    return HttpResponse.ok(new ModelAndView<>("professional/verwijzing", model));
                })
                .orElseGet(() -> NietGevonden.pagina(model));
    }

    @Post(uri = "/{id}/aanvulling", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured("PROFESSIONAL")
    public MutableHttpResponse<?> vulAan(String id, @Body Aanvulling aanvulling, Authentication authentication) {
        Lezer professional = Lezers.van(authentication);
        Map<String, Object> model = beheerModel.met("Verwijzing", authentication);
        UUID verwijzingId = Formulierwaarde.uuid(id).orElse(null);
        if (verwijzingId == null) {
            return NietGevonden.pagina(model);
        }
        try {
            return verwijzingen.vulAan(verwijzingId, professional, aanvulling.aanvulling())
                    .<MutableHttpResponse<?>>map(v -> HttpResponse.seeOther(URI.create("/professional/verwijzingen/" + v.id())))
                    .orElseGet(() -> NietGevonden.pagina(model));
        } catch (VerwijzingOngeldigException e) {
            model.put("v", verwijzingen.lees(verwijzingId, professional).orElseThrow());
            model.put("fouten", e.fouten());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("professional/verwijzing", model));
        }
    }

    /** The referral form as posted; everything optional here so that missing fields get a Dutch message. */
    @Serdeable
    public record Formulier(@Nullable String voorziening, @Nullable String kern, @Nullable String naam,
                            @Nullable String bereikbaar, @Nullable String vraag, @Nullable String toestemming,
                            @Nullable String toestemmingOp, @Nullable String urgentie) {

        NieuweVerwijzing nieuw() {
            return new NieuweVerwijzing(Formulierwaarde.uuid(voorziening).orElse(null),
                    Formulierwaarde.uuid(kern).orElse(null), naam, bereikbaar, vraag,
                    "ja".equals(toestemming), datum(toestemmingOp), urgentie(urgentie));
        }

        private static LocalDate datum(@Nullable String tekst) {
            try {
                return tekst == null || tekst.isBlank() ? null : LocalDate.parse(tekst.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private static Urgentie urgentie(@Nullable String tekst) {
            try {
                return tekst == null ? null : Urgentie.valueOf(tekst);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Serdeable
    public record Aanvulling(@Nullable String aanvulling) {
    }
}
