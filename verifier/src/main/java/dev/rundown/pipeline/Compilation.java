package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.ir.Model;
import java.util.List;
import java.util.Optional;

/**
 * One root file taken through load, parse, check, lower and IR validation: the IR model when no stage
 * reported an error, and every diagnostic (warnings too). Immutable.
 */
public record Compilation(String file, Optional<Model> model, List<Diagnostic> diagnostics) {
  public Compilation {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return model.isPresent();
  }
}
