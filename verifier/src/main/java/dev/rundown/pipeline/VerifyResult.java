package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import java.util.List;

/**
 * What {@code rundown verify} found: every diagnostic (arguments, options, and each model that did not compile)
 * and one run per model that compiled, in run order. Immutable.
 */
public record VerifyResult(List<Diagnostic> diagnostics, List<ModelRun> runs) {
  public VerifyResult {
    diagnostics = List.copyOf(diagnostics);
    runs = List.copyOf(runs);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
