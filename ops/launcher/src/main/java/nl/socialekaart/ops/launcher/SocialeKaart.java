package nl.socialekaart.ops.launcher;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.socialekaart.ops.stack.EmbeddedStack;
import nl.socialekaart.ops.stack.StackSettings;
import nl.socialekaart.portal.Application;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one command that runs the product: starts PostgreSQL and Elasticsearch embedded (unless an
 * external one is configured), loads the demo data, serves the portal, and on Ctrl-C stops it all.
 */
public final class SocialeKaart {

    private SocialeKaart() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(BeheerderAanmaken.OPDRACHT)) {
            System.exit(BeheerderAanmaken.voerUit(args));
            return;
        }
        StartOpties opties = StartOpties.lees(args, System.getenv(), System.getProperties());
        ApplicationContext context = start(opties);
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        System.out.println();
        System.out.println("Sociale kaart draait op http://localhost:" + server.getPort() + "  (stoppen: Ctrl-C)");
        wachtTotStop();
    }

    /** Starts the stack and the application (without serving HTTP yet); exits when the stack cannot start. */
    static ApplicationContext start(StartOpties opties) {
        EmbeddedStack stack;
        try {
            stack = EmbeddedStack.start(new StackSettings(opties.werkmap(), StackSettings.defaultCacheDir(),
                    opties.schoon(), !opties.externePostgres(), !opties.externeElasticsearch(),
                    StackSettings.DEFAULT_ELASTICSEARCH_HEAP_MB, true));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            throw e;
        }
        Map<String, Object> properties = new HashMap<>(stack.applicationProperties());
        // Not Micronaut.run: it installs a shutdown hook of its own, which would race the stack's hook and
        // could stop the database under a running application. Here one hook closes the app, then the stack.
        ApplicationContext context = ApplicationContext.builder()
                .mainClass(Application.class)
                .args(opties.micronautArgumenten())
                .properties(properties)
                .environments(opties.demo() ? new String[]{"demo"} : new String[0])
                .start();
        stack.closeFirst(context);
        return context;
    }

    /** The server's threads may be daemons; the main thread keeps the JVM up until Ctrl-C. */
    private static void wachtTotStop() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
