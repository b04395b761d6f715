package nl.socialekaart.ops.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link EmbeddedStack#start(StackSettings)} should start, and where it keeps its files.
 *
 * @param workDir             per-instance files: {@code postgres/} (data dir), {@code postgres.log},
 *                            {@code elasticsearch/} (config, data, logs); reused between starts unless {@code clean}
 * @param cacheDir            shared, read-only after creation: unpacked PostgreSQL binaries and the Elasticsearch
 *                            home with the analysis plugin installed; safe to share between JVMs
 * @param clean               delete the data in {@code workDir} before starting (tests); {@code false} keeps data
 *                            between restarts (launcher)
 * @param startPostgres       start PostgreSQL
 * @param startElasticsearch  start Elasticsearch
 * @param elasticsearchHeapMb heap (-Xms and -Xmx) of the Elasticsearch node in MB
 * @param durable             PostgreSQL runs with fsync, full_page_writes and synchronous_commit on, so an
 *                            acknowledged commit survives a crash of the machine; {@code false} only for data that
 *                            is thrown away anyway (tests): faster, but a crash can lose or corrupt it
 */
public record StackSettings(Path workDir, Path cacheDir, boolean clean, boolean startPostgres,
                            boolean startElasticsearch, int elasticsearchHeapMb, boolean durable) {

    public static final int DEFAULT_ELASTICSEARCH_HEAP_MB = 512;

    public StackSettings {
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (elasticsearchHeapMb < 128) {
            throw new IllegalArgumentException("elasticsearchHeapMb must be at least 128, was " + elasticsearchHeapMb);
        }
        workDir = workDir.toAbsolutePath().normalize();
        cacheDir = cacheDir.toAbsolutePath().normalize();
    }

    /**
     * Both services, data kept between starts and durable, cache in {@code ${user.home}/.cache/sociale-kaart},
     * 512 MB heap.
     */
    public static StackSettings defaults(Path workDir) {
        return new StackSettings(workDir, defaultCacheDir(), false, true, true, DEFAULT_ELASTICSEARCH_HEAP_MB, true);
    }

    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "sociale-kaart");
    }

    public StackSettings withCacheDir(Path cacheDir) {
        return new StackSettings(workDir, cacheDir, clean, startPostgres, startElasticsearch, elasticsearchHeapMb, durable);
    }

    public StackSettings withClean(boolean clean) {
        return new StackSettings(workDir, cacheDir, clean, startPostgres, startElasticsearch, elasticsearchHeapMb, durable);
    }

    public StackSettings withPostgres(boolean startPostgres) {
        return new StackSettings(workDir, cacheDir, clean, startPostgres, startElasticsearch, elasticsearchHeapMb, durable);
    }

    public StackSettings withElasticsearch(boolean startElasticsearch) {
        return new StackSettings(workDir, cacheDir, clean, startPostgres, startElasticsearch, elasticsearchHeapMb, durable);
    }

    public StackSettings withElasticsearchHeapMb(int elasticsearchHeapMb) {
        return new StackSettings(workDir, cacheDir, clean, startPostgres, startElasticsearch, elasticsearchHeapMb, durable);
    }

    public StackSettings withDurable(boolean durable) {
        return new StackSettings(workDir, cacheDir, clean, startPostgres, startElasticsearch, elasticsearchHeapMb, durable);
    }
}
