package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A generated password kept in one file of the work dir, readable by its owner only (0600). Made on the first start
 * and read on every later one, so the embedded services keep the password their data was created with.
 */
final class SecretFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    /** What we generate; it goes into SQL and YAML unquoted-safe, so anything else in the file is refused. */
    private static final Pattern GENERATED = Pattern.compile("[A-Za-z0-9_-]{24,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** The password in {@code file}; generates it (32 random bytes, base64url) when the file does not exist yet. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                return password;
            }
            return read(file);
        } catch (FileAlreadyExistsException raceWithAnotherStart) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the password file " + file, e);
        }
    }

    /** The password in an existing file; its permissions are set back to 0600 should someone have widened them. */
    static String read(Path file) {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!GENERATED.matcher(password).matches()) {
                throw new IllegalStateException(file + " does not hold a generated password (letters, digits, - and _,"
                        + " at least 24); delete it only together with the data it protects");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the password file " + file, e);
        }
    }

    /** Creates {@code dir} if needed and makes it accessible to its owner only (0700), also when it existed. */
    static void ownerOnlyDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restrict " + dir + " to its owner", e);
        }
    }
}
