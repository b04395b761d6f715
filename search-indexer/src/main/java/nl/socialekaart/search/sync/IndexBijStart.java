package nl.socialekaart.search.sync;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/**
 * Brings the index up to date once during startup, after other startup work such as loading demo
 * data, so the first page a person opens already finds everything.
 */
@Singleton
public class IndexBijStart implements ApplicationEventListener<StartupEvent>, Ordered {

    private final IndexSynchronisatie synchronisatie;

    public IndexBijStart(IndexSynchronisatie synchronisatie) {
        this.synchronisatie = synchronisatie;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        synchronisatie.synchroniseer();
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
