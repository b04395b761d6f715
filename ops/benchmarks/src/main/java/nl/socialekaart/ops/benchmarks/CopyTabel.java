package nl.socialekaart.ops.benchmarks;

import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows for one table in PostgreSQL's COPY text format, built in memory and sent with one
 * {@code COPY ... FROM STDIN}: far fewer round trips and much less parsing than batched INSERTs.
 */
final class CopyTabel {

    private final String tabel;
    private final List<String> kolommen;
    private final StringBuilder rijen = new StringBuilder(1 << 16);
    private long aantal;

    CopyTabel(String tabel, String... kolommen) {
        this.tabel = tabel;
        this.kolommen = List.of(kolommen);
    }

    String tabel() {
        return tabel;
    }

    long aantal() {
        return aantal;
    }

    /** One row; {@code null} becomes SQL NULL, everything else its {@code toString()}. */
    void rij(Object... waarden) {
        if (waarden.length != kolommen.size()) {
            throw new IllegalArgumentException(tabel + ": " + kolommen.size() + " waarden verwacht, " + waarden.length + " gekregen");
        }
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                rijen.append('\t');
            }
            schrijf(rijen, waarden[i]);
        }
        rijen.append('\n');
        aantal++;
    }

    String tekst() {
        return rijen.toString();
    }

    long kopieer(CopyManager copy) throws SQLException, IOException {
        String sql = "COPY " + tabel + " (" + String.join(", ", kolommen) + ") FROM STDIN";
        try (Reader reader = new CharSequenceReader(rijen)) {
            return copy.copyIn(sql, reader, 1 << 16);
        }
    }

    static void schrijf(StringBuilder uit, Object waarde) {
        if (waarde == null) {
            uit.append("\\N");
            return;
        }
        String tekst = waarde.toString();
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '\\' -> uit.append("\\\\");
                case '\t' -> uit.append("\\t");
                case '\n' -> uit.append("\\n");
                case '\r' -> uit.append("\\r");
                default -> uit.append(c);
            }
        }
    }

    /** Reads the builder in place, so a 100 MB table is not copied into a String first. */
    private static final class CharSequenceReader extends Reader {

        private final CharSequence tekst;
        private int positie;

        CharSequenceReader(CharSequence tekst) {
            this.tekst = tekst;
        }

        @Override
        public int read(char[] buffer, int offset, int lengte) {
            if (positie >= tekst.length()) {
                return -1;
            }
            int n = Math.min(lengte, tekst.length() - positie);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = tekst.charAt(positie + i);
            }
            positie += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
