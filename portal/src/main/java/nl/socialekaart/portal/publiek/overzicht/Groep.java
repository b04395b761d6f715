package nl.socialekaart.portal.publiek.overzicht;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.List;

/** A heading with its voorzieningen, e.g. a thema on a kern page. {@code anker} is the id for in-page links. */
public record Groep(String titel, String anker, List<VoorzieningWeergave> voorzieningen) {
}
