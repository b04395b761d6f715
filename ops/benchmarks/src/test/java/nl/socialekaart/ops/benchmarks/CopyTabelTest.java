package nl.socialekaart.ops.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CopyTabelTest {

    @Test
    void escapesTabsNewlinesAndBackslashesAndWritesNullAsBackslashN() {
        CopyTabel tabel = new CopyTabel("t", "a", "b", "c");
        tabel.rij("een\ttwee", "regel\nnieuw\\pad", null);
        assertEquals("een\\ttwee\tregel\\nnieuw\\\\pad\t\\N\n", tabel.tekst());
        assertEquals(1, tabel.aantal());
    }

    @Test
    void refusesARowWithTheWrongNumberOfValues() {
        CopyTabel tabel = new CopyTabel("t", "a", "b");
        assertThrows(IllegalArgumentException.class, () -> tabel.rij("x"));
    }
}
