package nl.socialekaart.directory.verwijzing;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.gebruiker.Gebruiker;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The only way to referrals: sending, reading, replying. Every method takes the {@link Lezer} and gives
 * nothing (an empty Optional, as for a missing id) to anyone but the sending team and the receiving
 * organisation; every read of personal data is written to {@code verwijzing_inzage}.
 */
@Singleton
public class Verwijzingen {

    static final int MAX_NAAM = 100;
    static final int MAX_BEREIKBAAR = 200;
    static final int MAX_VRAAG = 1000;
    static final int MAX_BERICHT = 1000;

    private final VerwijzingRepository repository;
    private final Versleuteling versleuteling;
    private final JsonMapper json;
    private final VoorzieningRepository voorzieningen;
    private final AanbiederRepository aanbieders;
    private final GebiedRepository gebieden;
    private final KernRepository kernen;
    private final GebruikerRepository gebruikers;
    private final ProfessioneleGegevensRepository professioneel;
    private final ApplicationEventPublisher<VerwijzingGebeurtenis> gebeurtenissen;
    private final Clock klok = Clock.systemUTC();

    Verwijzingen(VerwijzingRepository repository, Versleuteling versleuteling, JsonMapper json,
                 VoorzieningRepository voorzieningen, AanbiederRepository aanbieders, GebiedRepository gebieden,
                 KernRepository kernen, GebruikerRepository gebruikers, ProfessioneleGegevensRepository professioneel,
                 ApplicationEventPublisher<VerwijzingGebeurtenis> gebeurtenissen) {
        this.repository = repository;
        this.versleuteling = versleuteling;
        this.json = json;
        this.voorzieningen = voorzieningen;
        this.aanbieders = aanbieders;
        this.gebieden = gebieden;
        this.kernen = kernen;
        this.gebruikers = gebruikers;
        this.professioneel = professioneel;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A professional sends a referral for their own team; the receiving organisation is the voorziening's. */
    @Transactional
    public Verwijzing stuur(NieuweVerwijzing nieuw, Lezer professional) {
        if (professional.rol() != Rol.PROFESSIONAL || professional.gebiedId() == null) {
            throw new IllegalArgumentException("Alleen een professional van een sociaal team verwijst");
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        Optional<Voorziening> voorziening = Optional.ofNullable(nieuw.voorzieningId()).flatMap(voorzieningen::findById)
                .filter(v -> v.status() == Status.GEPUBLICEERD);
        if (voorziening.isEmpty()) {
            fouten.put("voorziening", "Deze voorziening bestaat niet (meer).");
        }
        if (nieuw.kernId() == null || !kernen.existsById(nieuw.kernId())) {
            fouten.put("kern", "Kies de kern waar de cliënt woont.");
        }
        tekst(fouten, "naam", nieuw.naam(), MAX_NAAM, "Vul de naam of de voorletters van de cliënt in.");
        tekst(fouten, "bereikbaar", nieuw.bereikbaar(), MAX_BEREIKBAAR, "Vul in hoe de cliënt bereikbaar is.");
        tekst(fouten, "vraag", nieuw.vraag(), MAX_VRAAG, "Beschrijf de vraag van de cliënt in een paar regels.");
        LocalDate vandaag = LocalDate.now(klok);
        if (!nieuw.toestemming()) {
            fouten.put("toestemming", "Verwijs alleen met toestemming van de cliënt. Vink aan dat die er is.");
        }
        if (nieuw.toestemmingOp() == null) {
            fouten.put("toestemmingOp", "Vul de datum in waarop de cliënt toestemming gaf.");
        } else if (nieuw.toestemmingOp().isAfter(vandaag) || nieuw.toestemmingOp().isBefore(vandaag.minusYears(1))) {
            fouten.put("toestemmingOp", "De datum van de toestemming ligt in de toekomst of meer dan een jaar terug.");
        }
        if (nieuw.urgentie() == null) {
            fouten.put("urgentie", "Kies hoe dringend het is.");
        }
        if (!fouten.isEmpty()) {
            throw new VerwijzingOngeldigException(fouten);
        }
        UUID id = UUID.randomUUID();
        Instant nu = klok.instant();
        ClientGegevens client = new ClientGegevens(nieuw.naam().strip(), nieuw.bereikbaar().strip(), nieuw.vraag().strip());
        Verwijzing verwijzing = repository.save(new Verwijzing(id, voorziening.get().id(), voorziening.get().aanbiederId(),
                professional.gebiedId(), nieuw.kernId(), professional.gebruikerId(), null,
                versleutel(client, id), versleutel(List.of(), id), nieuw.toestemmingOp(), nieuw.urgentie(),
                VerwijzingStatus.VERSTUURD, nu, nu, null, null, null));
        repository.logInzage(id, professional.gebruikerId(), professional.rol().name(), "VERSTUURD");
        gebeurtenissen.publishEvent(new VerwijzingGebeurtenis(id, VerwijzingGebeurtenis.Soort.VOOR_AANBIEDER));
        return verwijzing;
    }

    /** One referral, decrypted, for the sending team or the receiving organisation; the read is logged. */
    @Transactional
    public Optional<VerwijzingInzicht> lees(UUID id, Lezer lezer) {
        return repository.findById(id).filter(lezer::mag).map(v -> inzicht(v, lezer, "GELEZEN"));
    }

    /** The referrals of the professional's team, newest first; each read is logged. */
    @Transactional
    public List<VerwijzingInzicht> vanTeam(Lezer professional) {
        if (professional.rol() != Rol.PROFESSIONAL || professional.gebiedId() == null) {
            return List.of();
        }
        return repository.findByGebiedIdOrderByVerstuurdOpDesc(professional.gebiedId()).stream()
                .map(v -> inzicht(v, professional, "LIJST")).toList();
    }

    /** The inbox of the aanbieder's organisation, newest first; each read is logged. */
    @Transactional
    public List<VerwijzingInzicht> inbox(Lezer aanbieder) {
        if (aanbieder.rol() != Rol.AANBIEDER || aanbieder.aanbiederId() == null) {
            return List.of();
        }
        return repository.findByAanbiederIdOrderByVerstuurdOpDesc(aanbieder.aanbiederId()).stream()
                .map(v -> inzicht(v, aanbieder, "LIJST")).toList();
    }

    public enum Besluit { ACCEPTEREN, AFWIJZEN, INFORMATIE_VRAGEN }

    /**
     * The receiving organisation accepts, declines (reason required) or asks for more information
     * (question required). A closed referral cannot be reopened. Empty if the referral is not theirs.
     */
    @Transactional
    public Optional<Verwijzing> reageer(UUID id, Lezer aanbieder, @Nullable Besluit besluit, @Nullable String toelichting) {
        Optional<Verwijzing> gevonden = repository.findById(id).filter(aanbieder::mag)
                .filter(v -> aanbieder.rol() == Rol.AANBIEDER);
        if (gevonden.isEmpty()) {
            return gevonden;
        }
        Verwijzing verwijzing = gevonden.get();
        Map<String, String> fouten = new LinkedHashMap<>();
        if (besluit == null) {
            fouten.put("besluit", "Kies: accepteren, afwijzen of meer informatie vragen.");
        } else if (besluit != Besluit.ACCEPTEREN) {
            tekst(fouten, "toelichting", toelichting, MAX_BERICHT, besluit == Besluit.AFWIJZEN
                    ? "Geef de reden van de afwijzing." : "Schrijf welke informatie u nog nodig hebt.");
        } else if (toelichting != null && toelichting.strip().length() > MAX_BERICHT) {
            fouten.put("toelichting", "Maximaal " + MAX_BERICHT + " tekens.");
        }
        if (verwijzing.status().afgesloten() || verwijzing.geanonimiseerdOp() != null) {
            fouten.put("besluit", "Deze verwijzing is al " + verwijzing.status().label() + ".");
        }
        if (!fouten.isEmpty()) {
            throw new VerwijzingOngeldigException(fouten);
        }
        VerwijzingStatus nieuw = switch (besluit) {
            case ACCEPTEREN -> VerwijzingStatus.GEACCEPTEERD;
            case AFWIJZEN -> VerwijzingStatus.AFGEWEZEN;
            case INFORMATIE_VRAGEN -> VerwijzingStatus.INFORMATIE_GEVRAAGD;
        };
        Verwijzing bijgewerkt = repository.update(metBericht(verwijzing, aanbieder, Bericht.Afzender.AANBIEDER,
                toelichting, nieuw, aanbieder.gebruikerId()));
        repository.logInzage(id, aanbieder.gebruikerId(), aanbieder.rol().name(), nieuw.name());
        gebeurtenissen.publishEvent(new VerwijzingGebeurtenis(id, VerwijzingGebeurtenis.Soort.VOOR_PROFESSIONAL));
        return Optional.of(bijgewerkt);
    }

    /** The sending team answers a question of the aanbieder; the referral is open again for a decision. */
    @Transactional
    public Optional<Verwijzing> vulAan(UUID id, Lezer professional, @Nullable String tekst) {
        Optional<Verwijzing> gevonden = repository.findById(id).filter(professional::mag)
                .filter(v -> professional.rol() == Rol.PROFESSIONAL);
        if (gevonden.isEmpty()) {
            return gevonden;
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        tekst(fouten, "aanvulling", tekst, MAX_BERICHT, "Schrijf de informatie die de aanbieder vroeg.");
        if (gevonden.get().status().afgesloten() || gevonden.get().geanonimiseerdOp() != null) {
            fouten.put("aanvulling", "Deze verwijzing is al " + gevonden.get().status().label() + ".");
        }
        if (!fouten.isEmpty()) {
            throw new VerwijzingOngeldigException(fouten);
        }
        Verwijzing bijgewerkt = repository.update(metBericht(gevonden.get(), professional, Bericht.Afzender.PROFESSIONAL,
                tekst, VerwijzingStatus.VERSTUURD, null));
        repository.logInzage(id, professional.gebruikerId(), professional.rol().name(), "AANGEVULD");
        gebeurtenissen.publishEvent(new VerwijzingGebeurtenis(id, VerwijzingGebeurtenis.Soort.VOOR_AANBIEDER));
        return Optional.of(bijgewerkt);
    }

    private Verwijzing metBericht(Verwijzing verwijzing, Lezer afzender, Bericht.Afzender soort, @Nullable String tekst,
                                  VerwijzingStatus status, @Nullable UUID behandelaar) {
        List<Bericht> berichten = new ArrayList<>(berichten(verwijzing));
        Instant nu = klok.instant();
        if (tekst != null && !tekst.isBlank()) {
            berichten.add(new Bericht(soort, afzender.naam(), tekst.strip(), nu));
        }
        return verwijzing.met(status, behandelaar, versleutel(berichten, verwijzing.id()), nu);
    }

    private VerwijzingInzicht inzicht(Verwijzing v, Lezer lezer, String handeling) {
        repository.logInzage(v.id(), lezer.gebruikerId(), lezer.rol().name(), handeling);
        ClientGegevens client = v.clientGegevens() == null ? null
                : lees(versleuteling.ontsleutel(v.clientGegevens(), v.id()), Argument.of(ClientGegevens.class));
        var gebied = gebieden.findById(v.gebiedId()).orElseThrow();
        var intern = professioneel.findById(v.voorzieningId()).orElse(null);
        return new VerwijzingInzicht(v, client, berichten(v),
                voorzieningen.findById(v.voorzieningId()).map(Voorziening::naam).orElse("(verwijderd)"),
                aanbieders.findById(v.aanbiederId()).map(a -> a.naam()).orElse("(verwijderd)"),
                gebied.naam(),
                v.kernId() == null ? null : kernen.findById(v.kernId()).map(Kern::naam).orElse(null),
                contact(v.verwijzerId()), contact(v.behandelaarId()),
                new VerwijzingInzicht.Contact("Sociaal team " + gebied.naam(), gebied.sociaalTeamEmail(), gebied.sociaalTeamTelefoon()),
                intern == null || (intern.emailIntern() == null && intern.telefoonIntern() == null) ? null
                        : new VerwijzingInzicht.Contact("Intern contact", intern.emailIntern(), intern.telefoonIntern()));
    }

    private VerwijzingInzicht.Contact contact(@Nullable UUID gebruikerId) {
        if (gebruikerId == null) {
            return null;
        }
        return gebruikers.findById(gebruikerId).map((Gebruiker g) -> new VerwijzingInzicht.Contact(g.naam(), g.email(), null))
                .orElse(null);
    }

    private List<Bericht> berichten(Verwijzing v) {
        return v.berichten() == null ? List.of()
                : lees(versleuteling.ontsleutel(v.berichten(), v.id()), Argument.listOf(Bericht.class));
    }

    private byte[] versleutel(Object waarde, UUID id) {
        try {
            return versleuteling.versleutel(json.writeValueAsBytes(waarde), id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T lees(byte[] bytes, Argument<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tekst(Map<String, String> fouten, String veld, @Nullable String waarde, int max, String leeg) {
        if (waarde == null || waarde.isBlank()) {
            fouten.put(veld, leeg);
        } else if (waarde.strip().length() > max) {
            fouten.put(veld, "Maximaal " + max + " tekens.");
        }
    }
}
