package dev.rundown.trace;

import com.google.common.collect.ImmutableMap;
import dev.rundown.value.Value;
import java.util.List;

/**
 * A path from an initial state to a violation of {@code property}: plain data, no model logic.
 * Immutable. The violation is at the last step (assert, WellDefined) or in the last state (invariant,
 * at end, hang); with no steps, the initial state itself violates.
 */
public record Trace(String model, String property, ImmutableMap<String, Value> initial, List<TraceStep> steps) {
  public Trace {
    steps = List.copyOf(steps);
  }

  public int length() {
    return steps.size();
  }

  /** The state after the last step (the initial state for an empty trace). */
  public ImmutableMap<String, Value> last() {
    return steps.isEmpty() ? initial : steps.get(steps.size() - 1).state();
  }
}
