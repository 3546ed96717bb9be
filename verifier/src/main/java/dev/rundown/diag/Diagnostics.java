package dev.rundown.diag;

import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A collector of diagnostics for one stage; sorted output by file, offset and code.
 * Not thread-safe: one per stage run.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic d) {
    items.add(d);
  }

  public void error(DiagnosticCode code, Span span, String message) {
    items.add(Diagnostic.error(code, span, message));
  }

  public void warning(DiagnosticCode code, Span span, String message) {
    items.add(Diagnostic.warning(code, span, message));
  }

  public void addAll(List<Diagnostic> more) {
    items.addAll(more);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** All diagnostics so far, in a deterministic order. */
  public List<Diagnostic> list() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(
        Comparator.comparing((Diagnostic d) -> d.span().file().path())
            .thenComparingInt(d -> d.span().start())
            .thenComparing(Diagnostic::code));
    return List.copyOf(copy);
  }
}
