package nl.socialekaart.directory.voorziening;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptimisticLockingIT implements MetEmbeddedStack {

    @Inject TestAanbod aanbod;
    @Inject VoorzieningRepository voorzieningen;

    @Test
    void secondSaveOfAStaleCopyIsRefusedAndTheFirstEditSurvives() {
        Voorziening origineel = aanbod.gepubliceerd("Mantelzorgcafé Locking", "Even bijpraten met andere mantelzorgers");

        voorzieningen.update(origineel.metNaam("Mantelzorgcafé Eerste"));

        assertThrows(OptimisticLockException.class,
                () -> voorzieningen.update(origineel.metNaam("Mantelzorgcafé Tweede")));
        assertEquals("Mantelzorgcafé Eerste", voorzieningen.findById(origineel.id()).orElseThrow().naam());
    }
}
