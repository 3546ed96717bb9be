package dev.rundown.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository root that scenario paths are relative to: the directory holding {@code models/}. Generated
 * scenarios record a design's path relative to it, so they run from any checkout. Stateless.
 */
public final class RepositoryRoot {
  /** The system property that names the root (set by the counterexamples module's Surefire configuration). */
  public static final String PROPERTY = "rundown.repo";

  private RepositoryRoot() {}

  /** The nearest directory at or above {@code start} that holds a {@code models} directory. */
  public static Optional<Path> above(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("models"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The root for a test run: the system property if set, else the directory above the working directory. */
  public static Optional<Path> forTests() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property).toAbsolutePath().normalize());
    }
    return above(Path.of(""));
  }

  /** {@code file} relative to {@code root} with {@code /} separators. */
  public static String relative(Path root, Path file) {
    Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }
}
