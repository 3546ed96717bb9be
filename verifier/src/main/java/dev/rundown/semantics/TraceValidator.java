package dev.rundown.semantics;

import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Replays a {@link Trace} on the interpreter from the initial state: each step must be an enabled transition
 * with the recorded action call and choices leading to the recorded state, and the named property must fail
 * at the end (asserts and WellDefined at the last step, state properties in the last state; WellDefined may
 * also fail in the last state when a state property reads through an invalid index). Stateless.
 */
public final class TraceValidator {
  private TraceValidator() {}

  public static TraceValidation validate(Interpreter interpreter, Trace trace) {
    Layout layout = interpreter.layout();
    int property = interpreter.model().propertyIndex(trace.property());
    if (property < 0) {
      return TraceValidation.divergence(0, "no property " + trace.property() + " in the model");
    }
    int[] state = interpreter.initialState();
    String diff = difference(trace.initial(), layout.toValues(state));
    if (diff != null) {
      return TraceValidation.divergence(0, "initial state: " + diff);
    }
    Transition last = null;
    for (int i = 0; i < trace.steps().size(); i++) {
      TraceStep step = trace.steps().get(i);
      int n = i + 1;
      List<Transition> enabled = interpreter.transitions(state);
      List<Transition> calls = new ArrayList<>();
      for (Transition t : enabled) {
        if (interpreter.call(t.action(), t.args().toArray()).equals(step.call())) {
          calls.add(t);
        }
      }
      if (calls.isEmpty()) {
        return TraceValidation.divergence(
            n, "step " + n + ": " + step.call() + " is not enabled; enabled: " + describe(interpreter, enabled));
      }
      Transition taken = null;
      for (Transition t : calls) {
        if (t.choices().asList().equals(step.choices())) {
          taken = t;
          break;
        }
      }
      if (taken == null) {
        List<List<Integer>> possible = new ArrayList<>();
        calls.forEach(t -> possible.add(t.choices().asList()));
        return TraceValidation.divergence(
            n, "step " + n + ": " + step.call() + " cannot make choices " + step.choices() + "; possible: " + possible);
      }
      if (taken.next().isEmpty() && n < trace.steps().size()) {
        return TraceValidation.divergence(
            n, "step " + n + ": " + step.call() + " is ill-defined and has no successor, but the trace goes on");
      }
      int[] after = taken.next().isPresent() ? taken.next().get().toArray() : state;
      diff = difference(step.state(), layout.toValues(after));
      if (diff != null) {
        return TraceValidation.divergence(n, "step " + n + ": " + step.call() + " leads to another state: " + diff);
      }
      state = after;
      last = taken;
    }
    return checkEnd(interpreter, trace, property, state, last);
  }

  private static TraceValidation checkEnd(
      Interpreter interpreter, Trace trace, int property, int[] state, Transition last) {
    Property p = interpreter.model().properties().get(property);
    int end = trace.steps().size() + 1;
    boolean atLastStep = last != null && last.violates(property);
    int[] out = new int[interpreter.propertyCount() + 1];
    boolean terminal = interpreter.transitions(state).isEmpty();
    boolean inState = contains(out, interpreter.invariantViolations(state, out), property)
        || (terminal && contains(out, interpreter.terminalViolations(state, out), property));
    boolean fails;
    if (p.kind() == PropertyKind.ASSERT) {
      fails = atLastStep;
    } else if (p.kind() == PropertyKind.WELL_DEFINED) {
      fails = atLastStep || inState;
    } else if (p.kind() == PropertyKind.INVARIANT) {
      fails = inState;
    } else {
      if (!terminal) {
        return TraceValidation.divergence(
            end, "the last state has transitions, so " + p.name() + " is not checked there");
      }
      fails = inState;
    }
    return fails
        ? TraceValidation.ok()
        : TraceValidation.divergence(end, p.name() + " does not fail at the end of the trace");
  }

  private static boolean contains(int[] out, int count, int property) {
    for (int i = 0; i < count; i++) {
      if (out[i] == property) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Interpreter interpreter, List<Transition> enabled) {
    Set<String> calls = new LinkedHashSet<>();
    enabled.forEach(t -> calls.add(interpreter.call(t.action(), t.args().toArray()).toString()));
    return calls.isEmpty() ? "none" : String.join(", ", calls);
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
