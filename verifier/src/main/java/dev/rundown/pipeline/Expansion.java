package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The model files named by PATH arguments, in run order, and the problems found while looking for them.
 * Immutable; {@code roots} are absolute, normalised and free of duplicates.
 */
public record Expansion(List<Path> roots, List<Diagnostic> diagnostics) {
  public Expansion {
    roots = List.copyOf(roots);
    diagnostics = List.copyOf(diagnostics);
  }
}
