package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unpacked Elasticsearch home with the analysis plugin installed, shared read-only by all instances under
 * {@code <cacheDir>/elasticsearch-<version>-<plugin sha>/}. Built in a temporary directory next to it and renamed
 * into place, so a half-built home is never used and two JVMs racing to build it are both fine.
 */
final class ElasticsearchHome {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchHome.class);
    private static final String STAGING_INFIX = ".staging-";
    private static final Duration ABANDONED_STAGING_AGE = Duration.ofHours(1);

    private ElasticsearchHome() {
    }

    static Path ensureInstalled(Path cacheDir, ElasticsearchDistribution distribution) {
        Path home = cacheDir.resolve(distribution.homeDirectoryName());
        if (Files.isDirectory(home)) {
            return home;
        }
        try {
            Files.createDirectories(cacheDir);
            removeAbandonedStagingDirectories(cacheDir);
            long started = System.nanoTime();
            boolean won;
            Path staging = Files.createTempDirectory(cacheDir, distribution.homeDirectoryName() + STAGING_INFIX);
            try {
                Path stagedHome = staging.resolve("home");
                unzip(distribution, stagedHome);
                installPlugin(distribution, staging, stagedHome);
                won = moveIntoPlace(stagedHome, home);
            } finally {
                Directories.deleteRecursively(staging);
            }
            if (won) {
                LOG.info("Elasticsearch {} with analysis plugin installed in {} ({} ms)", distribution.version(), home,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not install Elasticsearch into " + home, e);
        }
    }

    private static void unzip(ElasticsearchDistribution distribution, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream zip = new ZipInputStream(distribution.openZip())) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                // Entries are elasticsearch-<version>/...: strip that first segment.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path path = target.resolve(name.substring(slash + 1)).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path);
                }
            }
        }
        try (Stream<Path> bin = Files.list(target.resolve("bin"))) {
            bin.forEach(file -> file.toFile().setExecutable(true, false));
        }
    }

    private static void installPlugin(ElasticsearchDistribution distribution, Path staging, Path home)
            throws IOException {
        Path pluginZip = staging.resolve("sociale-kaart-es-analysis-plugin.zip");
        try (InputStream in = distribution.openPluginZip()) {
            Files.copy(in, pluginZip);
        }
        Path log = staging.resolve("plugin-install.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/elasticsearch-plugin").toString(),
                "install", "--batch", pluginZip.toUri().toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        ElasticsearchEnvironment.apply(builder.environment(), home.resolve("config"), staging.resolve("tmp"));
        Files.createDirectories(staging.resolve("tmp"));
        Process process = builder.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(5));
                throw new IllegalStateException("elasticsearch-plugin install did not finish within 3 minutes\n"
                        + LogTail.of(log, 40));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(5));
            throw new IllegalStateException("interrupted while installing the analysis plugin", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("elasticsearch-plugin install failed with exit code "
                    + process.exitValue() + "\n" + LogTail.of(log, 40));
        }
        LOG.debug("plugin install output:\n{}", Files.readString(log, StandardCharsets.UTF_8));
    }

    /** @return false when another process moved its home into place first */
    private static boolean moveIntoPlace(Path stagedHome, Path home) throws IOException {
        try {
            Files.move(stagedHome, home, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!Files.isDirectory(home)) {
                throw e;
            }
            LOG.info("another process installed {} first; using that one", home);
            return false;
        } catch (FileSystemException e) {
            // rename(2) onto a non-empty directory fails with ENOTEMPTY: the other JVM won the race.
            if (!Files.isDirectory(home)) {
                throw e;
            }
            LOG.info("another process installed {} first; using that one", home);
            return false;
        }
    }

    private static void removeAbandonedStagingDirectories(Path cacheDir) throws IOException {
        Instant cutoff = Instant.now().minus(ABANDONED_STAGING_AGE);
        List<Path> abandoned;
        try (Stream<Path> children = Files.list(cacheDir)) {
            abandoned = children.filter(p -> p.getFileName().toString().contains(STAGING_INFIX))
                    .filter(p -> lastModified(p).toInstant().isBefore(cutoff))
                    .toList();
        }
        for (Path path : abandoned) {
            LOG.info("removing abandoned Elasticsearch staging directory {}", path);
            Directories.deleteRecursively(path);
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.from(Instant.now());
        }
    }
}
