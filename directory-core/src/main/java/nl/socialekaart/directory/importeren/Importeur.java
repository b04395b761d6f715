package nl.socialekaart.directory.importeren;

import nl.socialekaart.directory.redactie.AuditGebruiker;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports voorzieningen from a CSV or XLSX file in two steps: {@link #controleer} (the dry run: reads and
 * checks every row, writes nothing) and {@link #voerUit} (writes, all-or-nothing or only the valid rows).
 */
@Singleton
public class Importeur {

    private final RijControle rijControle;
    private final Opzoektabellen opzoektabellen;
    private final DataSource dataSource;

    public Importeur(RijControle rijControle, Opzoektabellen opzoektabellen, DataSource dataSource) {
        this.rijControle = rijControle;
        this.opzoektabellen = opzoektabellen;
        // our own connection and transaction, not the contextual one of a request
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Controle controleer(byte[] inhoud, String bestandsnaam, Voortgang voortgang) {
        Bronbestand bestand = BestandLezer.lees(inhoud, bestandsnaam);
        if (bestand.onleesbaar()) {
            return new Controle(0, List.of(), bestand.fouten(), true);
        }
        Opzoektabellen.Codes codes = opzoektabellen.laad();
        List<Importfout> fouten = new ArrayList<>(bestand.fouten());
        List<ImportRij> geldig = new ArrayList<>();
        Map<String, Integer> externeIds = new HashMap<>();
        int totaal = bestand.rijen().size();
        int verwerkt = 0;
        for (Bronrij bron : bestand.rijen()) {
            RijControle.Uitkomst uitkomst = rijControle.controleer(bestand.kop(), bron, codes);
            if (uitkomst.rij() != null) {
                Integer eerder = externeIds.putIfAbsent(uitkomst.rij().externId().toLowerCase(), bron.rij());
                if (eerder != null) {
                    fouten.add(new Importfout(bron.rij(), Kolom.EXTERN_ID.kop(),
                            "Dit extern id staat ook in rij " + eerder + ". Elk extern id mag maar één keer voorkomen."));
                } else {
                    geldig.add(uitkomst.rij());
                }
            } else {
                fouten.addAll(uitkomst.fouten());
            }
            voortgang.bij(++verwerkt, totaal);
        }
        fouten.sort(Comparator.comparingInt(Importfout::rij));
        int aantalRijen = totaal + (int) bestand.fouten().stream().mapToInt(Importfout::rij).distinct().count();
        return new Controle(aantalRijen, List.copyOf(geldig), List.copyOf(fouten), false);
    }

    /** Writes the checked rows; {@code door} is the person the audit trail names for every change. */
    public Resultaat voerUit(Controle controle, Modus modus, Voortgang voortgang, String door) {
        if (controle.onleesbaar()) {
            return Resultaat.niets(controle.fouten());
        }
        if (modus == Modus.ALLES_OF_NIETS && !controle.foutloos()) {
            return Resultaat.niets(controle.fouten());
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return modus == Modus.ALLES_OF_NIETS ? allesOfNiets(c, controle, voortgang, door)
                        : alleenGeldige(c, controle, voortgang, door);
            } finally {
                c.rollback(); // no-op after a commit; undoes whatever a failure left
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return Resultaat.niets(List.of(Importfout.bestand(
                    "De database is niet bereikbaar. Er is niets opgeslagen; probeer het later opnieuw.")));
        }
    }

    /** One transaction: the first row the database refuses undoes all. */
    private Resultaat allesOfNiets(Connection c, Controle controle, Voortgang voortgang, String door) throws SQLException {
        AuditGebruiker.zet(c, door);
        int toegevoegd = 0;
        int bijgewerkt = 0;
        int verwerkt = 0;
        for (ImportRij rij : controle.geldig()) {
            try {
                if (ImportSchrijver.schrijf(c, rij) == ImportSchrijver.Actie.TOEGEVOEGD) {
                    toegevoegd++;
                } else {
                    bijgewerkt++;
                }
            } catch (SQLException e) {
                c.rollback();
                return Resultaat.niets(List.of(new Importfout(rij.rij(), "", "De database weigerde deze rij ("
                        + reden(e) + "). Er is niets opgeslagen.")));
            }
            voortgang.bij(++verwerkt, controle.geldig().size());
        }
        c.commit();
        return new Resultaat(toegevoegd, bijgewerkt, List.of(), false);
    }

    /** A transaction per row: a row the database refuses is reported and the others are kept. */
    private Resultaat alleenGeldige(Connection c, Controle controle, Voortgang voortgang, String door) throws SQLException {
        int toegevoegd = 0;
        int bijgewerkt = 0;
        int verwerkt = 0;
        List<Importfout> nietGeschreven = new ArrayList<>(controle.fouten());
        for (ImportRij rij : controle.geldig()) {
            try {
                AuditGebruiker.zet(c, door);
                ImportSchrijver.Actie actie = ImportSchrijver.schrijf(c, rij);
                c.commit();
                if (actie == ImportSchrijver.Actie.TOEGEVOEGD) {
                    toegevoegd++;
                } else {
                    bijgewerkt++;
                }
            } catch (SQLException e) {
                c.rollback();
                nietGeschreven.add(new Importfout(rij.rij(), "", "De database weigerde deze rij (" + reden(e) + ")."));
            }
            voortgang.bij(++verwerkt, controle.geldig().size());
        }
        nietGeschreven.sort(Comparator.comparingInt(Importfout::rij));
        return new Resultaat(toegevoegd, bijgewerkt, nietGeschreven, toegevoegd + bijgewerkt == 0);
    }

    private static String reden(SQLException e) {
        String melding = e.getMessage() == null ? e.getSQLState() : e.getMessage();
        int regel = melding.indexOf('\n');
        return regel < 0 ? melding : melding.substring(0, regel);
    }
}
