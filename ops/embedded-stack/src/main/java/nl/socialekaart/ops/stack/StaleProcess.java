package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL or Elasticsearch process left behind by a JVM that was killed without running its shutdown
 * hooks (kill -9, OOM killer). Only called while holding the work dir lock, so a process named in the work dir's pid
 * file cannot belong to a live stack.
 */
final class StaleProcess {

    private static final Logger LOG = LoggerFactory.getLogger(StaleProcess.class);

    private StaleProcess() {
    }

    /**
     * @param pidFile          first line is the pid
     * @param commandLineMarker must occur in the process's command line, against pid reuse
     */
    static void stopIfRunning(Path pidFile, String commandLineMarker) {
        readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> commandLine(p).contains(commandLineMarker))
                .ifPresent(p -> {
                    // Elasticsearch: the pid file names the server JVM; its parent is the CLI JVM that started it.
                    ProcessHandle root = p.parent().filter(parent -> commandLine(parent).contains(commandLineMarker))
                            .orElse(p);
                    LOG.warn("stopping {} process {} left behind by an earlier run (pid file {})",
                            commandLineMarker, root.pid(), pidFile);
                    ProcessTree.terminate(root, Duration.ofSeconds(30));
                });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("");
            return Optional.of(Long.parseLong(first.trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle p) {
        return p.info().commandLine().orElse("");
    }
}
