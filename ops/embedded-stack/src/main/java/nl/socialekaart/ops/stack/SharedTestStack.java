package nl.socialekaart.ops.stack;

import java.nio.file.Path;

/**
 * The embedded stack shared by all integration tests of one test JVM: started on first use (both services, clean),
 * stopped by the JVM shutdown hook. Call it from a Micronaut {@code TestPropertyProvider}:
 * {@code return SharedTestStack.get().applicationProperties();}
 *
 * <p>Work dir: system property {@value #WORK_DIR_PROPERTY} (the root pom's failsafe config sets
 * {@code ${project.build.directory}/embedded-stack}), default {@code target/embedded-stack}. Cache dir: system property
 * {@value #CACHE_DIR_PROPERTY}, default {@code ${user.home}/.cache/sociale-kaart}.
 */
public final class SharedTestStack {

    public static final String WORK_DIR_PROPERTY = "sociale-kaart.test.work-dir";
    public static final String CACHE_DIR_PROPERTY = "sociale-kaart.test.cache-dir";

    private static EmbeddedStack stack;
    private static RuntimeException startFailure;

    private SharedTestStack() {
    }

    /** The running stack; starts it on the first call. A failed start is rethrown to every later caller. */
    public static synchronized EmbeddedStack get() {
        if (startFailure != null) {
            throw new IllegalStateException("the shared test stack failed to start earlier in this JVM", startFailure);
        }
        if (stack == null) {
            try {
                stack = EmbeddedStack.start(settings());
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return stack;
    }

    static StackSettings settings() {
        Path workDir = Path.of(System.getProperty(WORK_DIR_PROPERTY, "target/embedded-stack"));
        String cacheDir = System.getProperty(CACHE_DIR_PROPERTY);
        return StackSettings.defaults(workDir)
                .withClean(true)
                // thrown away after the run: fsync off makes the tests faster
                .withDurable(false)
                .withCacheDir(cacheDir == null ? StackSettings.defaultCacheDir() : Path.of(cacheDir));
    }
}
