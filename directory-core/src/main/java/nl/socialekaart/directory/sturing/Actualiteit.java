package nl.socialekaart.directory.sturing;

import java.time.LocalDate;

/**
 * How many published voorzieningen nobody checked recently: never checked, or last checked before
 * {@code grens} (six months before the day it was counted).
 */
public record Actualiteit(LocalDate grens, long nooitGecontroleerd, long ouderDanGrens, long gepubliceerd) {

    public long verouderd() {
        return nooitGecontroleerd + ouderDanGrens;
    }
}
