package nl.socialekaart.directory.sturing;

/** One label with its count, e.g. a soort and how many published voorzieningen have it. */
public record Telling(String waarde, long aantal) {
}
