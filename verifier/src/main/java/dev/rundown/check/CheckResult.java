package dev.rundown.check;

import dev.rundown.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking a set of parsed files: the checked model when there are no errors, and all diagnostics.
 * Immutable.
 */
public record CheckResult(Optional<CheckedModel> model, List<Diagnostic> diagnostics) {
  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
