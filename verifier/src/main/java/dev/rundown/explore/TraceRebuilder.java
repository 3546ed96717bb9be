package dev.rundown.explore;

import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Traces;
import dev.rundown.semantics.Transition;
import dev.rundown.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the concrete trace of a violation by replaying the stored transition numbers from the initial
 * state on the interpreter. The explorer's frontier holds the concrete state first reached in each class
 * (never a symmetry representative), so each number selects exactly the concrete transition BFS took.
 * Stateless.
 */
final class TraceRebuilder {
  private TraceRebuilder() {}

  static Trace rebuild(Interpreter interpreter, ExploreResult result, Violation violation, String property) {
    int[] path = result.path(violation.state());
    int[] initial = interpreter.initialState();
    int[] state = initial;
    List<Transition> steps = new ArrayList<>(path.length);
    for (int i = 1; i < path.length; i++) {
      Transition t = interpreter.transitions(state).get(path[i]);
      steps.add(t);
      state = t.next().orElseThrow(() -> new IllegalStateException("stored path goes through an ill-defined step"))
          .toArray();
    }
    if (violation.atTransition()) {
      steps.add(interpreter.transitions(state).get(violation.transition()));
    }
    return Traces.build(interpreter, property, initial, steps);
  }
}
