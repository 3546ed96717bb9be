package dev.rundown.engine;

import dev.rundown.ir.PropertyKind;
import dev.rundown.trace.Trace;
import java.util.List;
import java.util.Optional;

/**
 * The verdict for one property, its rule ids, and for a violation a shortest trace that the interpreter
 * has replayed and confirmed. Immutable.
 */
public record PropertyResult(
    String property, PropertyKind kind, Verdict verdict, List<String> rules, Optional<Trace> trace) {
  public PropertyResult {
    rules = List.copyOf(rules);
  }
}
