package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.syntax.ast.ModelFile;
import java.util.List;

/**
 * A root file and its includes, parsed: {@code files.get(0)} is the root (when it could be read), the rest its
 * includes, each once, in depth-first order of first mention. Immutable; diagnostics cover reading and parsing.
 */
public record LoadResult(List<ModelFile> files, List<Diagnostic> diagnostics) {
  public LoadResult {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
