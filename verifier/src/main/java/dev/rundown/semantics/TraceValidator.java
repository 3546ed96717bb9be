package dev.rundown.semantics;

import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays a {@link Trace} through a {@link Replayer} from the initial state: each step must be an enabled
 * transition with the recorded action call and choices leading to the recorded state, and the named property
 * must fail at the end (asserts and WellDefined at the last step, state properties in the last state; WellDefined
 * may also fail in the last state when a state property reads through an invalid index). Stateless.
 */
public final class TraceValidator {
  private TraceValidator() {}

  public static TraceValidation validate(Interpreter interpreter, Trace trace) {
    int property = interpreter.model().propertyIndex(trace.property());
    if (property < 0) {
      return TraceValidation.divergence(0, "no property " + trace.property() + " in the model");
    }
    Replayer replay = Replayer.start(interpreter);
    String diff = difference(trace.initial(), replay.values());
    if (diff != null) {
      return TraceValidation.divergence(0, "initial state: " + diff);
    }
    for (TraceStep step : trace.steps()) {
      int n = replay.step() + 1;
      if (replay.stuck()) {
        return TraceValidation.divergence(
            n - 1, "step " + (n - 1) + " is ill-defined and has no successor, but the trace goes on");
      }
      StepOutcome outcome = replay.advance(step.call().action(), step.call().displayArgs(), Optional.of(step.choices()));
      if (outcome instanceof StepOutcome.Rejected r) {
        return TraceValidation.divergence(n, "step " + n + ": " + step.call() + " is not taken ("
            + r.reason() + "): " + r.detail() + "; enabled: " + (r.enabled().isEmpty() ? "none" : String.join(", ", r.enabled())));
      }
      diff = difference(step.state(), replay.values());
      if (diff != null) {
        return TraceValidation.divergence(n, "step " + n + ": " + step.call() + " leads to another state: " + diff);
      }
    }
    return checkEnd(replay, trace, property);
  }

  private static TraceValidation checkEnd(Replayer replay, Trace trace, int property) {
    Property p = replay.interpreter().model().properties().get(property);
    int end = trace.steps().size() + 1;
    boolean stateEnd = p.kind() == PropertyKind.AT_END || p.kind() == PropertyKind.HANG;
    if (stateEnd && !replay.terminal()) {
      return TraceValidation.divergence(end, "the last state has transitions, so " + p.name() + " is not checked there");
    }
    return replay.violations().contains(property)
        ? TraceValidation.ok()
        : TraceValidation.divergence(end, p.name() + " does not fail at the end of the trace");
  }

  /** The first slot where the recorded and replayed states differ, or null when they are equal. */
  private static String difference(ImmutableMap<String, Value> recorded, ImmutableMap<String, Value> replayed) {
    if (recorded.equals(replayed)) {
      return null;
    }
    for (var e : replayed.entrySet()) {
      Value r = recorded.get(e.getKey());
      if (!Objects.equals(r, e.getValue())) {
        return e.getKey() + " is " + e.getValue() + ", the trace says " + (r == null ? "nothing" : r);
      }
    }
    return "the trace has slots the model does not: " + recorded.keySet();
  }
}
