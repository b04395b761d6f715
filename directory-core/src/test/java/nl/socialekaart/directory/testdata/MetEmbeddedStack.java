package nl.socialekaart.directory.testdata;

import io.micronaut.test.support.TestPropertyProvider;
import nl.socialekaart.ops.stack.SharedTestStack;

import java.util.Map;

/**
* Points a {@code @MicronautTest} (which must use {@code @TestInstance(PER_CLASS)} for this to apply) at the real PostgreSQL and Elasticsearch that the embedded stack
 * starts once per test run.
 */
public interface MetEmbeddedStack extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return SharedTestStack.get().applicationProperties();
    }
}
