package dev.rundown.syntax;

import dev.rundown.diag.Diagnostic;
import dev.rundown.syntax.ast.ModelFile;
import java.util.List;

/**
 * The parse of one file: the AST (possibly partial after errors) and the diagnostics found.
 * Immutable; {@code file} is never null (error recovery keeps what it could parse).
 */
public record ParseResult(ModelFile file, List<Diagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
