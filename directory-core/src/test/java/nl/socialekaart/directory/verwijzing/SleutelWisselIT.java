package nl.socialekaart.directory.verwijzing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.voorziening.Voorziening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key change as an operator does it: the new key as {@code sleutel}, the old one under {@code vorige-sleutels}.
 * Referrals stored under the old key stay readable, and the key change job re-encrypts them in the database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SleutelWisselIT implements MetEmbeddedStack {

    private static final String OUD = sleutel(3);
    private static final String NIEUW = sleutel(4);

    @Inject SleutelWissel sleutelWissel;
    @Inject Versleuteling versleuteling;
    @Inject TestAanbod aanbod;
    @Inject DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> eigenschappen = new HashMap<>(MetEmbeddedStack.super.getProperties());
        eigenschappen.put(Versleuteling.SLEUTEL, NIEUW);
        eigenschappen.put(Versleuteling.VORIGE_SLEUTELS, OUD);
        return eigenschappen;
    }

    @Test
    void referralsUnderTheOldKeyAreReencryptedUnderTheNewOneAndStayReadable() {
        UUID id = UUID.randomUUID();
        byte[] client = "{\"naam\":\"Jan Jansen\"}".getBytes(StandardCharsets.UTF_8);
        byte[] berichten = "[]".getBytes(StandardCharsets.UTF_8);
        Versleuteling oud = new Versleuteling(OUD, Set.of());
        voegToe(id, oud.versleutel(client, id), oud.versleutel(berichten, id));

        SleutelWissel.Uitkomst uitkomst = sleutelWissel.herversleutel();

        assertTrue(uitkomst.herversleuteld() >= 1, uitkomst.toString());
        byte[][] opgeslagen = lees(id);
        assertTrue(versleuteling.onderHuidigeSleutel(opgeslagen[0]) && versleuteling.onderHuidigeSleutel(opgeslagen[1]));
        Versleuteling alleenNieuw = new Versleuteling(NIEUW, Set.of());
        assertArrayEquals(client, alleenNieuw.ontsleutel(opgeslagen[0], id), "leesbaar zonder de oude sleutel");
        assertArrayEquals(berichten, alleenNieuw.ontsleutel(opgeslagen[1], id));
        assertThrows(IllegalStateException.class, () -> oud.ontsleutel(opgeslagen[0], id));

        sleutelWissel.herversleutel();
        assertTrue(Arrays.equals(opgeslagen[0], lees(id)[0]), "een tweede ronde laat hem staan");
    }

    private void voegToe(UUID id, byte[] client, byte[] berichten) {
        Voorziening voorziening = aanbod.gepubliceerd("Taalmaatje Sleutelwissel " + id, "Samen Nederlands oefenen");
        Kern kern = aanbod.kern();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("""
                     insert into verwijzing (id, voorziening_id, aanbieder_id, gebied_id, client_gegevens, berichten,
                                             toestemming_op, urgentie, status)
                     values (?, ?, ?, ?, ?, ?, current_date, 'NORMAAL', 'VERSTUURD')""")) {
            s.setObject(1, id);
            s.setObject(2, voorziening.id());
            s.setObject(3, voorziening.aanbiederId());
            s.setObject(4, kern.gebiedId());
            s.setBytes(5, client);
            s.setBytes(6, berichten);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[][] lees(UUID id) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("select client_gegevens, berichten from verwijzing where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new byte[][]{r.getBytes(1), r.getBytes(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sleutel(int vulling) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) vulling);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
