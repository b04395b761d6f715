package nl.socialekaart.search.index;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is indexed for a voorziening: its weergave, plus fields derived from it for filtering and ordering
 * that the read model itself has no use for. Searches read hits back as the plain weergave.
 *
 * @param kernen          slugs of the kernen it serves or sits in
 * @param gebieden        names of the sociaal-team gebieden of those kernen
 * @param soortVolgorde   position of its soort from light to heavy ("zo licht als mogelijk")
 * @param toegangVolgorde position of its toegang from open to gated
 */
public record VoorzieningDocument(@JsonUnwrapped VoorzieningWeergave weergave, List<String> kernen,
                                  List<String> gebieden, int soortVolgorde, int toegangVolgorde) {

    public static VoorzieningDocument van(VoorzieningWeergave weergave) {
        Set<String> kernen = new LinkedHashSet<>();
        Set<String> gebieden = new LinkedHashSet<>();
        for (VoorzieningWeergave.KernWeergave kern : weergave.werkgebied()) {
            kernen.add(kern.slug());
            gebieden.add(kern.gebied());
        }
        for (VoorzieningWeergave.LocatieWeergave locatie : weergave.locaties()) {
            kernen.add(locatie.kern().slug());
            gebieden.add(locatie.kern().gebied());
        }
        return new VoorzieningDocument(weergave, List.copyOf(kernen), List.copyOf(gebieden),
                weergave.soort().ordinal(), weergave.toegang().ordinal());
    }
}
