package dev.rundown.report;

import dev.rundown.engine.Verdict;
import dev.rundown.ir.PropertyKind;
import dev.rundown.trace.Trace;
import java.util.List;
import java.util.Optional;

/**
 * One property's verdict, the verdict the model states for it ({@code expectedHolds}, empty without
 * {@code expect}), whether the outcome is the intended one, its rule ids, and a trace for a violation.
 * Immutable.
 */
public record PropertyReport(
    String name,
    PropertyKind kind,
    Verdict verdict,
    Optional<Boolean> expectedHolds,
    boolean met,
    List<String> rules,
    Optional<Trace> trace) {
  public PropertyReport {
    rules = List.copyOf(rules);
  }
}
