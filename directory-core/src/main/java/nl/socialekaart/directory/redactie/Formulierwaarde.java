package nl.socialekaart.directory.redactie;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.UUID;

/** What a person typed in a form field (or an address), as the records store it. */
public final class Formulierwaarde {

    private Formulierwaarde() {
    }

    /** The value without surrounding spaces, or null when nothing (or only spaces) was typed. */
    @Nullable
    public static String opgeschoond(@Nullable String getypt) {
        return getypt == null || getypt.isBlank() ? null : getypt.strip();
    }

    /**
     * The id in a field or an address, if it is one: nothing typed, or a mistyped id, is no id (a page that does not
     * exist, a filter not applied), not an error.
     */
    public static Optional<UUID> uuid(@Nullable String getypt) {
        if (getypt == null || getypt.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(getypt));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
