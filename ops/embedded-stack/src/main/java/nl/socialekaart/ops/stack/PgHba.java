package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The embedded cluster's {@code pg_hba.conf}: who may connect how. */
final class PgHba {

    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*[^#\\s].*\\btrust\\b");
    private static final String PASSWORDS_ONLY = """
            # Written by nl.socialekaart.ops.stack.PgHba: every connection needs a password, also from this machine.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PgHba() {
    }

    /** Whether some line lets a connection in without a password (data dirs made by earlier releases do). */
    static boolean trustsAnyone(Path dataDir) {
        try {
            Path file = dataDir.resolve("pg_hba.conf");
            return Files.exists(file) && TRUST.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read pg_hba.conf in " + dataDir, e);
        }
    }

    /** Replaces the file by one that asks a scram-sha-256 password everywhere; the server must reload it. */
    static void requirePasswords(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), PASSWORDS_ONLY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write pg_hba.conf in " + dataDir, e);
        }
    }
}
