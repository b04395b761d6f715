package nl.socialekaart.portal.publiek.voorziening;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

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
}
