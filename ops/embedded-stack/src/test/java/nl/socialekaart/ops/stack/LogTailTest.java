package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @Test
    void keepsOnlyTheLastLines(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("x.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        String tail = LogTail.of(log, 3);

        assertTrue(tail.endsWith("line 98\nline 99\nline 100"), tail);
        assertFalse(tail.contains("line 97"), tail);
    }

    @Test
    void saysSoWhenThereIsNoLog(@TempDir Path dir) {
        assertTrue(LogTail.of(dir.resolve("missing.log"), 3).contains("no log"));
    }
}
