package nl.socialekaart.ops.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops a process and all its descendants: SIGTERM first, SIGKILL for what is still alive after a grace period. */
final class ProcessTree {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);

    private ProcessTree() {
    }

    /** @return true when everything ended within the grace period */
    static boolean terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        // Collected before signalling: a child re-parented to init after its parent dies is no longer a descendant.
        root.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            all.stream().filter(ProcessHandle::isAlive).forEach(p -> {
                LOG.warn("process {} did not stop within {}; killing it", p.pid(), grace);
                p.destroyForcibly();
            });
            awaitQuietly(exits);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ProcessHandle::destroyForcibly);
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CompletableFuture<?>[] exits) {
        try {
            CompletableFuture.allOf(exits).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("processes still alive after SIGKILL", e);
        }
    }
}
