package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import java.util.List;

/**
 * A benchmark: the model file and name, the kind whose bound varies, and one run per (n, symmetry) point in the
 * order asked; empty runs and error diagnostics when the model did not compile. Immutable.
 */
public record BenchResult(String file, String model, String kind, List<BenchRun> runs, List<Diagnostic> diagnostics) {
  public BenchResult {
    runs = List.copyOf(runs);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
