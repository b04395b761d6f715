package nl.socialekaart.directory.importeren;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import and export against the real PostgreSQL with the demo gemeente loaded. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImporteurIT implements MetEmbeddedStack {

    static final String KOP = String.join(",", Kolom.koppen()) + "\n";
    private static final String IMPORTEUR = "Ida Importeur";

    @Inject Importeur importeur;
    @Inject AanbodExport export;
    @Inject DataSource dataSource;

    /** A valid row in the template's columns; status CONCEPT keeps it out of the public index. */
    static String rij(String externId, String naam, String email) {
        return String.join(",", externId, "\"" + naam + "\"", "bibliotheek-rijn-linge", "Korte uitleg",
                "\"Lange uitleg, met een komma\"", "ALGEMEEN", "VRIJ_TOEGANKELIJK", "GRATIS", "", "026 - 123 45 67", email,
                "https://example.nl", "ontmoeting|mantelzorg", "", "huissen|bemmel", "Buurthuis Test", "Markt", "1",
                "6851 AB", "Huissen", "huissen", "51.935", "5.94", "CONCEPT", "") + "\n";
    }

    private Controle controleer(String csv) {
        return importeur.controleer(csv.getBytes(StandardCharsets.UTF_8), "aanbod.csv", Voortgang.GEEN);
    }

    @Test
    void validFileIsWrittenAndASecondImportUpdatesInsteadOfDuplicating() throws SQLException {
        String csv = KOP + rij("it-her-1", "Koffie-ochtend Her", "a@example.nl") + rij("it-her-2", "Taalcafé Her", "");

        Resultaat eerste = importeur.voerUit(controleer(csv), Modus.ALLES_OF_NIETS, Voortgang.GEEN, IMPORTEUR);
        Resultaat tweede = importeur.voerUit(controleer(csv.replace("Taalcafé Her", "Taalcafé Her nieuw")),
                Modus.ALLES_OF_NIETS, Voortgang.GEEN, IMPORTEUR);

        assertEquals(2, eerste.toegevoegd());
        assertEquals(0, tweede.toegevoegd());
        assertEquals(2, tweede.bijgewerkt());
        assertEquals(2, tel("select count(*) from voorziening where extern_id like 'it-her-%'"));
        assertEquals(1, tel("select count(*) from voorziening where extern_id = 'it-her-2' and naam = 'Taalcafé Her nieuw'"));
        assertEquals(2, tel("select count(*) from voorziening_thema vt join voorziening v on v.id = vt.voorziening_id where v.extern_id = 'it-her-1'"));
        assertEquals(1, tel("select count(*) from voorziening_locatie vl join voorziening v on v.id = vl.voorziening_id where v.extern_id = 'it-her-1'"));
        assertEquals(0, tel("select count(*) from audit a join voorziening v on v.id = a.voorziening_id "
                + "where v.extern_id like 'it-her-%' and a.gebruiker <> '" + IMPORTEUR + "'"), "de audit noemt wie importeerde");
        assertTrue(tel("select count(*) from audit a join voorziening v on v.id = a.voorziening_id "
                + "where v.extern_id = 'it-her-2' and a.actie = 'UPDATE' and a.gebruiker = '" + IMPORTEUR + "'") >= 1);
    }

    @Test
    void dryRunNamesRowColumnAndTheDutchMessageOfTheRecord() {
        String csv = KOP + rij("it-dr-1", "Goed", "")
                + rij("it-dr-2", "Fout", "geen-adres").replace("ALGEMEEN", "HEEL_ALGEMEEN")
                + rij("it-dr-3", "", "");

        Controle controle = controleer(csv);

        assertEquals(1, controle.geldig().size());
        assertTrue(controle.fouten().contains(new Importfout(3, "email", "Vul een geldig e-mailadres in.")), controle.fouten().toString());
        assertTrue(controle.fouten().stream().anyMatch(f -> f.rij() == 3 && f.kolom().equals("soort") && f.reden().contains("Kies uit: ALGEMEEN")));
        assertTrue(controle.fouten().contains(new Importfout(4, "naam", "Vul een naam in.")), controle.fouten().toString());
        assertEquals(2, controle.aantalOngeldig());
    }

    @Test
    void allOrNothingWithOneBadRowLeavesTheDatabaseUnchanged() throws SQLException {
        long voor = tel("select count(*) from voorziening");
        String voorSom = som();
        String csv = KOP + rij("it-aon-1", "Eén", "") + rij("it-aon-2", "Twee", "") + rij("it-aon-3", "Drie", "kapot");

        Resultaat resultaat = importeur.voerUit(controleer(csv), Modus.ALLES_OF_NIETS, Voortgang.GEEN, IMPORTEUR);

        assertTrue(resultaat.nietsGeschreven());
        assertEquals(voor, tel("select count(*) from voorziening"));
        assertEquals(voorSom, som());
    }

    @Test
    void onlyValidRowsWritesTheValidOnesAndReportsTheOthers() throws SQLException {
        String csv = KOP + rij("it-geldig-1", "Eén", "") + rij("it-geldig-2", "Twee", "kapot");

        Resultaat resultaat = importeur.voerUit(controleer(csv), Modus.ALLEEN_GELDIGE, Voortgang.GEEN, IMPORTEUR);

        assertEquals(1, resultaat.toegevoegd());
        assertEquals(3, resultaat.nietGeschreven().getFirst().rij());
        assertEquals(1, tel("select count(*) from voorziening where extern_id like 'it-geldig-%'"));
    }

    @Test
    void duplicateExternIdInOneFileIsAnError() {
        Controle controle = controleer(KOP + rij("it-dub", "Eén", "") + rij("IT-DUB", "Twee", ""));

        assertEquals(new Importfout(3, "extern_id", "Dit extern id staat ook in rij 2. Elk extern id mag maar één keer voorkomen."),
                controle.fouten().getFirst());
    }

    @Test
    void exportImportsAgainWithoutChangesAndWithoutDuplicates() throws SQLException {
        StringWriter eerste = new StringWriter();
        int aantal = export.schrijf(eerste);
        long voor = tel("select count(*) from voorziening");

        Controle controle = controleer(eerste.toString());
        Resultaat resultaat = importeur.voerUit(controle, Modus.ALLES_OF_NIETS, Voortgang.GEEN, IMPORTEUR);
        StringWriter tweede = new StringWriter();
        export.schrijf(tweede);

        assertTrue(controle.foutloos(), controle.fouten().toString());
        assertFalse(resultaat.nietsGeschreven());
        assertEquals(0, resultaat.toegevoegd());
        assertEquals(aantal, resultaat.bijgewerkt());
        assertEquals(voor, tel("select count(*) from voorziening"));
        assertEquals(eerste.toString(), tweede.toString());
    }

    private long tel(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A fingerprint of every voorziening and its links, to see that nothing changed at all. */
    private String som() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                     select md5(coalesce(string_agg(v::text, '' order by v.id), '')) ||
                            (select count(*) from voorziening_thema) || (select count(*) from locatie)
                     from voorziening v""")) {
            r.next();
            return r.getString(1);
        }
    }
}
