package nl.socialekaart.portal.voorziening;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.Optional;
import java.util.UUID;

/** The canonical address of a detail page: stable id, readable slug. */
public final class VoorzieningUrl {

    private VoorzieningUrl() {
    }

    public static String van(VoorzieningWeergave voorziening) {
        return pad(voorziening.id().toString(), voorziening.slug());
    }

    public static String pad(String id, String slug) {
        return "/voorziening/" + id + "/" + slug;
    }

    /** The id in an address, if it is one: a mistyped address is a page that does not exist, not an error. */
    public static Optional<UUID> id(String tekst) {
        try {
            return Optional.of(UUID.fromString(tekst));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
