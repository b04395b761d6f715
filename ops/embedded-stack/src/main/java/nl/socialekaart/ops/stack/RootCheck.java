package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Refuses to start the stack as root: PostgreSQL and Elasticsearch both refuse it, with less helpful errors. */
public final class RootCheck {

    static final String MESSAGE = """
            The embedded stack cannot start as root (uid 0): PostgreSQL and Elasticsearch refuse to run as root.
            Either run as a normal user, e.g. `sudo -u someuser java -jar …` or `su someuser -c './mvnw verify'`, \
            or configure an external PostgreSQL (datasources.default.url, .username, .password) and \
            Elasticsearch (sociale-kaart.elasticsearch.url) so nothing embedded is started.""";

    private RootCheck() {
    }

    /** Throws when the current process runs as root; does nothing when the uid cannot be determined. */
    public static void requireNotRoot() {
        currentUid().ifPresent(RootCheck::requireNotRoot);
    }

    static void requireNotRoot(long uid) {
        if (uid == 0) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    static OptionalLong currentUid() {
        try {
            return OptionalLong.of(new com.sun.security.auth.module.UnixSystem().getUid());
        } catch (LinkageError | RuntimeException notAvailable) {
            return uidFromIdCommand();
        }
    }

    private static OptionalLong uidFromIdCommand() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0) {
                return OptionalLong.of(Long.parseLong(out));
            }
        } catch (IOException | NumberFormatException e) {
            // not a Unix system or no `id`: nothing to check
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalLong.empty();
    }
}
