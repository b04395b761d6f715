package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The Elasticsearch integ-test-zip and the project's analysis plugin zip that the build puts into this module's jar
 * under {@code /elasticsearch/}, with {@code distribution.properties} naming the version.
 */
record ElasticsearchDistribution(String version, String zipResource, String pluginZipResource, String pluginSha256) {

    private static final String BASE = "/elasticsearch/";

    static ElasticsearchDistribution fromClasspath() {
        Properties properties = new Properties();
        try (InputStream in = open(BASE + "distribution.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String zip = BASE + properties.getProperty("elasticsearch.zip");
        String pluginZip = BASE + properties.getProperty("plugin.zip");
        return new ElasticsearchDistribution(properties.getProperty("elasticsearch.version"), zip, pluginZip,
                sha256(pluginZip));
    }

    /** Name of the shared home in the cache: changes whenever the version or the plugin changes. */
    String homeDirectoryName() {
        return "elasticsearch-" + version + "-" + pluginSha256.substring(0, 12);
    }

    InputStream openZip() {
        return open(zipResource);
    }

    InputStream openPluginZip() {
        return open(pluginZipResource);
    }

    private static InputStream open(String resource) {
        InputStream in = ElasticsearchDistribution.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + resource + " is missing: the "
                    + "sociale-kaart-embedded-stack jar was built without its Elasticsearch zips");
        }
        return in;
    }

    private static String sha256(String resource) {
        try (InputStream in = open(resource)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
