package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Makes shortlists: an earlier list plus the chosen voorzieningen, under a new random code. */
@Singleton
public class Lijstjes {

    /** 10 characters from 32 that cannot be misread (no 0/o, 1/l): 50 bits, not guessable in practice. */
    public static final String CODE_PATROON = "[a-z2-9]{10}";
    public static final int MAXIMUM = 30;
    private static final char[] TEKENS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final LijstjeRepository repository;
    private final VoorzieningRepository voorzieningen;
    private final SecureRandom random = new SecureRandom();

    Lijstjes(LijstjeRepository repository, VoorzieningRepository voorzieningen) {
        this.repository = repository;
        this.voorzieningen = voorzieningen;
    }

    public Optional<Lijstje> lees(@Nullable String code) {
        return code == null || !code.matches(CODE_PATROON) ? Optional.empty() : repository.findById(code);
    }

    /** Empty when nothing valid was chosen; unknown or unpublished ids are left out. */
    public Optional<Lijstje> maak(@Nullable String vorigeCode, List<UUID> erbij) {
        Set<UUID> ids = new LinkedHashSet<>(lees(vorigeCode).map(Lijstje::ids).orElse(List.of()));
        for (UUID id : erbij) {
            if (voorzieningen.findById(id).filter(v -> v.status() == Status.GEPUBLICEERD).isPresent()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> lijst = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAXIMUM));
        return Optional.of(repository.save(new Lijstje(code(), lijst.stream().map(UUID::toString)
                .collect(Collectors.joining(",")), null)));
    }

    private String code() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = TEKENS[random.nextInt(TEKENS.length)];
        }
        return new String(code);
    }
}
