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
 * @param gemeenten       CBS codes of the gemeenten of those kernen
 * @param soortVolgorde   position of its soort from light to heavy ("zo licht als mogelijk")
 * @param toegangVolgorde position of its toegang from open to gated
 */
public record VoorzieningDocument(@JsonUnwrapped VoorzieningWeergave weergave, List<String> kernen,
                                  List<String> gebieden, List<String> gemeenten, int soortVolgorde,
                                  int toegangVolgorde) {

    public static VoorzieningDocument van(VoorzieningWeergave weergave) {
        Set<String> kernen = new LinkedHashSet<>();
        Set<String> gebieden = new LinkedHashSet<>();
        Set<String> gemeenten = new LinkedHashSet<>();
        List<VoorzieningWeergave.KernWeergave> alle = new java.util.ArrayList<>(weergave.werkgebied());
        weergave.locaties().forEach(l -> alle.add(l.kern()));
        for (VoorzieningWeergave.KernWeergave kern : alle) {
            kernen.add(kern.slug());
            gebieden.add(kern.gebied());
            gemeenten.add(kern.cbsCode());
        }
        return new VoorzieningDocument(weergave, List.copyOf(kernen), List.copyOf(gebieden), List.copyOf(gemeenten),
                weergave.soort().ordinal(), weergave.toegang().ordinal());
    }
}
