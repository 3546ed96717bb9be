package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import java.util.List;

/**
 * What {@code rundown check} found: the problems with the PATH arguments themselves, and one compilation per
 * model file, in run order. Immutable.
 */
public record CheckOutcome(List<Diagnostic> diagnostics, List<Compilation> compilations) {
  public CheckOutcome {
    diagnostics = List.copyOf(diagnostics);
    compilations = List.copyOf(compilations);
  }

  /** Every diagnostic: the arguments' first, then each file's, in run order. */
  public List<Diagnostic> allDiagnostics() {
    List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
    compilations.forEach(c -> all.addAll(c.diagnostics()));
    return List.copyOf(all);
  }

  public boolean hasErrors() {
    return allDiagnostics().stream().anyMatch(Diagnostic::isError);
  }
}
