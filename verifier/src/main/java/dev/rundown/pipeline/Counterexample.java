package dev.rundown.pipeline;

import dev.rundown.trace.TraceFile;
import java.nio.file.Path;

/**
 * A violation ready to be written as artefacts: the model's key (its directory under the counterexamples root)
 * and the trace file. Immutable.
 */
public record Counterexample(String modelKey, TraceFile file) {
  private static final String MODELS = "models";
  private static final String EXTENSION = ".rundown";

  /**
   * The key of the model at absolute {@code path}: its path relative to the nearest enclosing directory named
   * {@code models}, without the extension and with forward slashes ({@code fltmgr/context-cleanup/double-release});
   * outside such a directory, its file name without the extension.
   */
  public static String modelKey(Path path) {
    String name = path.getFileName().toString();
    String stem = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    for (Path dir = path.getParent(); dir != null && dir.getFileName() != null; dir = dir.getParent()) {
      if (dir.getFileName().toString().equals(MODELS)) {
        Path relative = dir.relativize(path.resolveSibling(stem));
        return relative.toString().replace(java.io.File.separatorChar, '/');
      }
    }
    return stem;
  }
}
