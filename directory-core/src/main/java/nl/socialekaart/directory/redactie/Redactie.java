package nl.socialekaart.directory.redactie;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Editing a voorziening as a whole (record, links, opening periods, window) in one transaction, with the
 * editor's name for the audit trail and optimistic locking on the version the form was loaded with; and the
 * wijzigingsvoorstellen of AANBIEDER accounts, which a REDACTEUR approves (applied and published) or rejects.
 */
@Singleton
public class Redactie {

    private final VoorzieningRepository voorzieningen;
    private final Koppelingen koppelingen;
    private final AuditGebruiker auditGebruiker;
    private final Invoercontrole controle;
    private final DataSource dataSource;
    private final JsonMapper json;

    public Redactie(VoorzieningRepository voorzieningen, Koppelingen koppelingen, AuditGebruiker auditGebruiker,
                    Invoercontrole controle, DataSource dataSource, JsonMapper json) {
        this.voorzieningen = voorzieningen;
        this.koppelingen = koppelingen;
        this.auditGebruiker = auditGebruiker;
        this.controle = controle;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A voorziening as the form shows it, with its version. */
    public record Stand(Voorziening voorziening, VoorzieningInvoer invoer) {
    }

    @Transactional(readOnly = true)
    public Optional<Stand> lees(UUID id) {
        return voorzieningen.findById(id).map(v -> {
            LocalDate[] venster = koppelingen.leesVenster(id);
            return new Stand(v, new VoorzieningInvoer(v.aanbiederId().toString(), v.naam(), v.korteOmschrijving(),
                    v.omschrijving(), v.soort().name(), v.toegang().name(), v.kosten().name(), v.kostenToelichting(),
                    v.telefoon(), v.email(), v.website(), v.status().name(), tekst(venster[0]), tekst(venster[1]),
                    koppelingen.lees("thema", id), koppelingen.lees("doelgroep", id), koppelingen.lees("kern", id),
                    koppelingen.lees("locatie", id), koppelingen.leesPeriodes(id)));
        });
    }

    /**
     * Saves checked input as the new state of voorziening {@code id} (null: a new one), refused when
     * {@code version} is no longer the stored one.
     *
     * @return the saved voorziening
     * @throws OptimisticLockException when someone else saved it since {@code version} was read
     * @throws IllegalArgumentException when the input does not pass {@link Invoercontrole}
     */
    @Transactional
    public Voorziening bewaar(UUID id, Long version, VoorzieningInvoer invoer, String gebruiker) {
        auditGebruiker.zet(gebruiker);
        boolean nieuw = id == null;
        UUID voorzieningId = nieuw ? UUID.randomUUID() : id;
        Invoercontrole.Uitkomst uitkomst = controle.controleer(invoer, voorzieningId, nieuw ? null : version);
        if (!uitkomst.goed()) {
            throw new IllegalArgumentException("Ongeldige invoer: " + uitkomst.fouten());
        }
        Voorziening v = uitkomst.voorziening();
        Voorziening opgeslagen;
        if (nieuw) {
            opgeslagen = voorzieningen.save(v);
        } else {
            Voorziening bestaand = voorzieningen.findById(id).orElseThrow(() -> new OptimisticLockException(
                    "Deze voorziening bestaat niet meer."));
            // what the form does not edit stays as it is (aangemaakt_op, laatst gecontroleerd, the slug while
            // the name is unchanged, so links to the detail page keep working)
            opgeslagen = voorzieningen.update(new Voorziening(id, v.aanbiederId(), v.naam(),
                    v.naam().equals(bestaand.naam()) ? bestaand.slug() : v.slug(), v.korteOmschrijving(),
                    v.omschrijving(), v.soort(), v.toegang(), v.kosten(), v.kostenToelichting(), v.telefoon(),
                    v.email(), v.website(), v.status(), bestaand.laatstGecontroleerd(), bestaand.aangemaaktOp(),
                    bestaand.gewijzigdOp(), version));
        }
        koppelingen.vervang("thema", voorzieningId, invoer.themaIds());
        koppelingen.vervang("doelgroep", voorzieningId, invoer.doelgroepIds());
        koppelingen.vervang("kern", voorzieningId, invoer.kernIds());
        koppelingen.vervang("locatie", voorzieningId, invoer.locatieIds());
        koppelingen.vervangPeriodes(voorzieningId, invoer.ingevuldePeriodes().stream()
                .map(p -> new OpeningstijdenControle.Periode(p.locatieId(), Integer.parseInt(p.weekdag().strip()),
                        OpeningstijdenControle.tijd(p.opent()), OpeningstijdenControle.tijd(p.sluit())))
                .distinct().toList());
        koppelingen.zetVenster(voorzieningId, Invoercontrole.datum(invoer.zichtbaarVanaf(), "", new HashMap<>()),
                Invoercontrole.datum(invoer.zichtbaarTot(), "", new HashMap<>()));
        return opgeslagen;
    }

    /**
     * Stores an AANBIEDER's proposal for voorziening {@code id}; the stored version stays as it is (and live
     * when published). A newer proposal replaces an open older one. A concept goes to TER_BEOORDELING.
     */
    @Transactional
    public UUID stelVoor(UUID id, long basisVersion, VoorzieningInvoer invoer, String gebruiker) {
        auditGebruiker.zet(gebruiker);
        voerUit("update wijzigingsvoorstel set status = 'AFGEWEZEN', reden = 'Vervangen door een nieuwer voorstel.', "
                + "beoordeeld_door = ?, beoordeeld_op = now() where voorziening_id = ? and status = 'OPEN'", gebruiker, id);
        UUID voorstelId = UUID.randomUUID();
        voerUit("insert into wijzigingsvoorstel (id, voorziening_id, basis_version, voorstel, ingediend_door) "
                + "values (?, ?, ?, ?::jsonb, ?)", voorstelId, id, basisVersion, alsJson(invoer), gebruiker);
        voerUit("update voorziening set status = 'TER_BEOORDELING' where id = ? and status = 'CONCEPT'", id);
        return voorstelId;
    }

    /** A new voorziening from an AANBIEDER: stored as CONCEPT (not public) with its proposal to publish it. */
    @Transactional
    public Voorziening nieuwVoorstel(VoorzieningInvoer invoer, String gebruiker) {
        Voorziening concept = bewaar(null, null, invoer.metStatus(Status.CONCEPT.name()), gebruiker);
        stelVoor(concept.id(), concept.version(), invoer.metStatus(Status.GEPUBLICEERD.name()), gebruiker);
        return concept;
    }

    @Transactional(readOnly = true)
    public List<Wijzigingsvoorstel> openVoorstellen() {
        return voorstellen("where w.status = 'OPEN' order by w.ingediend_op", null);
    }

    @Transactional(readOnly = true)
    public List<Wijzigingsvoorstel> voorstellenVan(UUID voorzieningId) {
        return voorstellen("where w.voorziening_id = ? order by w.ingediend_op desc", voorzieningId);
    }

    @Transactional(readOnly = true)
    public Optional<Wijzigingsvoorstel> voorstel(UUID id) {
        return voorstellen("where w.id = ?", id).stream().findFirst();
    }

    /**
     * Applies the proposal and publishes the voorziening.
     *
     * @throws OptimisticLockException when the voorziening changed after the proposal was made
     */
    @Transactional
    public void keurGoed(UUID voorstelId, String redacteur) {
        Wijzigingsvoorstel voorstel = voorstel(voorstelId).filter(w -> w.status().equals("OPEN"))
                .orElseThrow(() -> new IllegalStateException("Dit voorstel is al beoordeeld."));
        bewaar(voorstel.voorzieningId(), voorstel.basisVersion(),
                voorstel.voorstel().metStatus(Status.GEPUBLICEERD.name()), redacteur);
        voerUit("update wijzigingsvoorstel set status = 'GOEDGEKEURD', beoordeeld_door = ?, beoordeeld_op = now() "
                + "where id = ?", redacteur, voorstelId);
    }

    @Transactional
    public void wijsAf(UUID voorstelId, String reden, String redacteur) {
        auditGebruiker.zet(redacteur);
        Wijzigingsvoorstel voorstel = voorstel(voorstelId).filter(w -> w.status().equals("OPEN"))
                .orElseThrow(() -> new IllegalStateException("Dit voorstel is al beoordeeld."));
        voerUit("update wijzigingsvoorstel set status = 'AFGEWEZEN', reden = ?, beoordeeld_door = ?, "
                + "beoordeeld_op = now() where id = ?", reden, redacteur, voorstelId);
        voerUit("update voorziening set status = 'CONCEPT' where id = ? and status = 'TER_BEOORDELING'",
                voorstel.voorzieningId());
    }

    /** @param id the one parameter of {@code waar}, if it has one */
    private List<Wijzigingsvoorstel> voorstellen(String waar, UUID id) {
        List<Wijzigingsvoorstel> lijst = new ArrayList<>();
        try (PreparedStatement s = dataSource.getConnection().prepareStatement(
                "select w.id, w.voorziening_id, v.naam, w.basis_version, w.voorstel::text, w.status, w.ingediend_door, "
                        + "w.ingediend_op, w.beoordeeld_door, w.reden from wijzigingsvoorstel w "
                        + "join voorziening v on v.id = w.voorziening_id " + waar)) {
            if (id != null) {
                s.setObject(1, id);
            }
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                lijst.add(new Wijzigingsvoorstel(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getLong(4), json.readValue(rs.getString(5), VoorzieningInvoer.class),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                        rs.getString(10)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lijst;
    }

    private String alsJson(VoorzieningInvoer invoer) {
        try {
            return json.writeValueAsString(invoer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void voerUit(String sql, Object... parameters) {
        try (PreparedStatement s = dataSource.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tekst(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }
}
