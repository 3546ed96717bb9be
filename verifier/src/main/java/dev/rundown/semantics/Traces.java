package dev.rundown.semantics;

import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Action;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a concrete path of the interpreter (initial state and transitions) into a {@link Trace}. Stateless.
 * A step without a next state (ill-defined) shows the state before it, unchanged.
 */
public final class Traces {
  private Traces() {}

  /** The trace of {@code path} from {@code initial}, as a counterexample to {@code property}. */
  public static Trace build(Interpreter interpreter, String property, int[] initial, List<Transition> path) {
    Layout layout = interpreter.layout();
    List<TraceStep> steps = new ArrayList<>(path.size());
    int[] state = initial;
    for (Transition t : path) {
      if (t.next().isPresent()) {
        state = t.next().get().toArray();
      }
      steps.add(step(interpreter, t, layout.toValues(state)));
    }
    return new Trace(interpreter.model().name(), property, layout.toValues(initial), steps);
  }

  private static TraceStep step(Interpreter interpreter, Transition t, ImmutableMap<String, Value> after) {
    Action action = interpreter.model().actions().get(t.action());
    String label = action.origin() != null && !action.origin().label().isEmpty()
        ? action.origin().label()
        : action.name();
    return new TraceStep(
        interpreter.call(t.action(), t.args().toArray()),
        t.choices().asList(),
        label,
        action.span().location(),
        after);
  }
}
