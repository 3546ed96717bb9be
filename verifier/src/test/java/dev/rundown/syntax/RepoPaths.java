package dev.rundown.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the repository root for tests: the {@code rundown.repo} system property set by surefire, else
 * the nearest ancestor of the working directory holding {@code models/} and {@code verifier/}. Stateless.
 */
final class RepoPaths {
  private RepoPaths() {}

  static Path root() {
    String property = System.getProperty("rundown.repo");
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("models")) && Files.isDirectory(dir.resolve("verifier"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root; set -Drundown.repo");
  }

  static Path testResources(String folder) {
    return root().resolve("verifier/src/test/resources").resolve(folder);
  }

  /** Files under {@code dir} whose names end with {@code suffix}, sorted by path. */
  static List<Path> filesEndingWith(Path dir, String suffix) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
