package nl.socialekaart.ops.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The launcher's options. {@code --schoon} starts with empty data, {@code --zonder-demo} skips the demo
 * data, {@code --werkmap=DIR} (or SOCIALE_KAART_WERKMAP) says where data is kept; everything else goes
 * to Micronaut. An external database or cluster, configured the Micronaut way (environment or system
 * property), means that one is not started embedded.
 *
 * @param micronautArgumenten the arguments not meant for the launcher
 */
record StartOpties(Path werkmap, boolean schoon, boolean demo, boolean externePostgres, boolean externeElasticsearch,
                   String[] micronautArgumenten) {

    static StartOpties lees(String[] args, Map<String, String> env, Properties systemProperties) {
        Path werkmap = Path.of(env.getOrDefault("SOCIALE_KAART_WERKMAP", "work"));
        boolean schoon = false;
        boolean demo = true;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--schoon")) {
                schoon = true;
            } else if (arg.equals("--zonder-demo")) {
                demo = false;
            } else if (arg.startsWith("--werkmap=")) {
                werkmap = Path.of(arg.substring("--werkmap=".length()));
            } else {
                rest.add(arg);
            }
        }
        return new StartOpties(werkmap, schoon, demo,
                geconfigureerd("datasources.default.url", "DATASOURCES_DEFAULT_URL", env, systemProperties, rest),
                geconfigureerd("sociale-kaart.elasticsearch.url", "SOCIALE_KAART_ELASTICSEARCH_URL", env,
                        systemProperties, rest),
                rest.toArray(String[]::new));
    }

    private static boolean geconfigureerd(String property, String envVariable, Map<String, String> env,
                                          Properties systemProperties, List<String> args) {
        return env.containsKey(envVariable) || systemProperties.containsKey(property)
                || args.stream().anyMatch(arg -> arg.startsWith("--" + property + "="));
    }
}
