package nl.socialekaart.portal.voorziening;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

/** The canonical address of a detail page: stable id, readable slug. */
public final class VoorzieningUrl {

    private VoorzieningUrl() {
    }

    public static String van(VoorzieningWeergave voorziening) {
        return "/voorziening/" + voorziening.id() + "/" + voorziening.slug();
    }
}
