package nl.socialekaart.ops.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Environment for the Elasticsearch scripts: this JVM's Java, our config dir, nothing inherited that changes them. */
final class ElasticsearchEnvironment {

    /** Would override our settings if inherited from the developer's shell. */
    private static final List<String> REMOVED = List.of("ES_JAVA_OPTS", "ES_HOME", "ES_PATH_CONF", "ES_TMPDIR",
            "CLI_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");

    private ElasticsearchEnvironment() {
    }

    static void apply(Map<String, String> environment, Path configDir, Path tmpDir) {
        REMOVED.forEach(environment::remove);
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_PATH_CONF", configDir.toString());
        environment.put("ES_TMPDIR", tmpDir.toString());
        // The CLI JVM (bin/elasticsearch-cli) leaves temp dirs behind; keep them out of /tmp. The script splits
        // CLI_JAVA_OPTS on whitespace, so a path with spaces cannot be passed this way.
        if (!tmpDir.toString().matches(".*\\s.*")) {
            environment.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + tmpDir);
        }
    }
}
