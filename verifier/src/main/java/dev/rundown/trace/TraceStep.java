package dev.rundown.trace;

import com.google.common.collect.ImmutableMap;
import dev.rundown.value.Value;
import java.util.List;

/**
 * One step of a trace: the action call, the nondeterministic choices it made (either-branch and choose
 * indices, in execution order), a readable label, the source location of the action, and the state after it.
 * Immutable; the state map iterates in layout order.
 */
public record TraceStep(
    ActionCall call, List<Integer> choices, String label, String location, ImmutableMap<String, Value> state) {
  public TraceStep {
    choices = List.copyOf(choices);
  }
}
