package nl.socialekaart.directory.outbox;

import java.util.UUID;

/** One recorded change: "voorziening X may look different in the index now". */
public record OutboxItem(long id, UUID voorzieningId) {
}
