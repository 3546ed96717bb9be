package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One model file compiled and its bounds resolved, for commands that take exactly one model ({@code rundown
 * alloy}): the diagnostics, and when there are no errors the file's display path, model and bounds. Immutable.
 */
public record SingleModel(List<Diagnostic> diagnostics, String file, Optional<Model> model, Bounds bounds) {
  public SingleModel {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return model.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Compiles the model file at {@code path} with {@code driver} and applies {@code overrides} to its bounds. */
  public static SingleModel load(Driver driver, SourceLoader loader, String path, List<BoundOverride> overrides) {
    Expansion expansion = loader.expand(List.of(path));
    List<Diagnostic> diagnostics = new ArrayList<>(expansion.diagnostics());
    if (expansion.roots().size() != 1) {
      if (expansion.roots().size() > 1) {
        diagnostics.add(Diagnostic.error(DiagnosticCode.RD003, loader.fileSpan(Path.of(path)),
            "this command takes one model file, not a directory"));
      }
      return new SingleModel(diagnostics, path, Optional.empty(), null);
    }
    Compilation compilation = driver.compile(expansion.roots().get(0));
    diagnostics.addAll(compilation.diagnostics());
    if (!compilation.ok()) {
      return new SingleModel(diagnostics, compilation.file(), Optional.empty(), null);
    }
    Model model = compilation.model().orElseThrow();
    List<Diagnostic> bad = BoundOverrides.validate(overrides, List.of(model));
    diagnostics.addAll(bad);
    if (!bad.isEmpty()) {
      return new SingleModel(diagnostics, compilation.file(), Optional.empty(), null);
    }
    return new SingleModel(diagnostics, compilation.file(), Optional.of(model), BoundOverrides.boundsFor(model, overrides));
  }
}
