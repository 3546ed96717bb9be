package dev.rundown.diag;

import dev.rundown.source.Span;
import java.util.List;

/**
 * One message about the input, with a stable code, a primary span and optional notes.
 * Immutable.
 */
public record Diagnostic(DiagnosticCode code, Severity severity, Span span, String message, List<String> notes) {
  public Diagnostic {
    notes = List.copyOf(notes);
  }

  public static Diagnostic error(DiagnosticCode code, Span span, String message) {
    return new Diagnostic(code, Severity.ERROR, span, message, List.of());
  }

  public static Diagnostic warning(DiagnosticCode code, Span span, String message) {
    return new Diagnostic(code, Severity.WARNING, span, message, List.of());
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
