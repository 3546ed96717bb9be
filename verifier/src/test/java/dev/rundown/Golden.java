package dev.rundown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code verifier/src/test/resources}: a test compares its output with the checked-in file,
 * and rewrites the file instead only when run with {@code -Dgolden.update=true}.
 */
public final class Golden {
  private Golden() {}

  /** Asserts {@code actual} equals the golden file at {@code resource} (a path under src/test/resources). */
  public static void assertMatches(String resource, String actual) {
    assertFileMatches(resources().resolve(resource), actual);
  }

  /** Asserts {@code actual} equals the golden file at {@code file} (anywhere in the source tree). */
  public static void assertFileMatches(Path file, String actual) {
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(Files.exists(file), "missing golden " + file + "; create it with -Dgolden.update=true");
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test resources directory of the source tree (not the copy under target/). */
  private static Path resources() {
    String repo = System.getProperty("rundown.repo");
    Path verifier = repo != null ? Path.of(repo, "verifier") : Path.of("").toAbsolutePath();
    return verifier.resolve("src/test/resources");
  }
}
