package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.ir.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One root file taken through load, parse, check, lower and IR validation: the IR model when no stage
 * reported an error, every diagnostic (warnings too), the design that fixes it when it declares one
 * ({@code fixed by}, checked to exist and to include the same rule model), and the SHA-256 of its sources
 * ({@link SourceHash}; empty when the files could not be read). Immutable.
 */
public record Compilation(
    String file, Optional<Model> model, List<Diagnostic> diagnostics, Optional<Path> fixedBy, String sourceHash) {
  public Compilation {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A compilation without a declared fix or a source hash. */
  public Compilation(String file, Optional<Model> model, List<Diagnostic> diagnostics) {
    this(file, model, diagnostics, Optional.empty(), "");
  }

  public boolean ok() {
    return model.isPresent();
  }
}
