package nl.socialekaart.directory.redactie;

import io.micronaut.core.annotation.Nullable;

/** What a person typed in a form field, as the records store it. */
public final class Formulierwaarde {

    private Formulierwaarde() {
    }

    /** The value without surrounding spaces, or null when nothing (or only spaces) was typed. */
    @Nullable
    public static String opgeschoond(@Nullable String getypt) {
        return getypt == null || getypt.isBlank() ? null : getypt.strip();
    }
}
