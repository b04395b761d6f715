package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.kern.Gebied;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/** Who to call when the directory has no answer: the sociaal team of the chosen kernen, or all of them. */
@Singleton
public class SociaalTeams {

    private final GebiedRepository gebieden;
    private final KernRepository kernen;

    public SociaalTeams(GebiedRepository gebieden, KernRepository kernen) {
        this.gebieden = gebieden;
        this.kernen = kernen;
    }

    public List<SociaalTeam> voor(Set<String> kernSlugs) {
        List<Kern> alleKernen = kernen.findAllOrderByNaam();
        List<SociaalTeam> teams = new ArrayList<>();
        StreamSupport.stream(gebieden.findAll().spliterator(), false)
                .sorted(Comparator.comparing(Gebied::naam))
                .forEach(gebied -> {
                    List<Kern> vanGebied = alleKernen.stream().filter(k -> k.gebiedId().equals(gebied.id())).toList();
                    boolean gekozen = kernSlugs.isEmpty() || vanGebied.stream().anyMatch(k -> kernSlugs.contains(k.slug()));
                    if (gekozen) {
                        teams.add(new SociaalTeam(gebied.naam(), vanGebied.stream().map(Kern::naam).toList(),
                                gebied.sociaalTeamTelefoon(), gebied.sociaalTeamEmail()));
                    }
                });
        return teams;
    }

    /** The sociaal team of one gebied and how to reach it. */
    @Serdeable
    public record SociaalTeam(String gebied, List<String> kernen, String telefoon, String email) {
    }
}
