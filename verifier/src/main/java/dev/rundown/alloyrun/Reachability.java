package dev.rundown.alloyrun;

import dev.rundown.alloy.Certificate;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.StateKey;
import dev.rundown.semantics.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every state the interpreter reaches, by breadth-first search with no reduction (no symmetry, no memo), each
 * with its distance from the initial state, the step that first reached it and whether any step leaves it; per
 * property its shortest violation (where, and after how many steps); and what each action binding does in them
 * ({@link BindingTables}).
 * The plain reading of the semantics that a {@link dev.rundown.alloy.Certificate} claims; Alloy then checks the
 * claims. Immutable once built.
 */
final class Reachability {
  /** Thrown when the states exceed the limit given. */
  static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMany(int limit) {
      super("more than " + limit + " reachable states", null, false, false);
    }
  }

  /** Where property {@code property} first fails: in state {@code state}, or on its step {@code step} (or null). */
  record Violation(int property, int length, int state, Transition step) {}

  private final Interpreter interpreter;
  private final List<int[]> states = new ArrayList<>();
  private final List<Integer> depths = new ArrayList<>();
  private final List<Integer> parents = new ArrayList<>();
  /** Per state, which of its parent's transitions first reached it (recomputed for paths: states are many). */
  private final List<Integer> via = new ArrayList<>();
  /** The states where the interpreter can take no step. */
  private final BitSet stuck = new BitSet();
  private final Violation[] shortest;
  private final BindingTables tables;
  private long transitions;

  private Reachability(Interpreter interpreter) {
    this.interpreter = interpreter;
    this.shortest = new Violation[interpreter.propertyCount()];
    this.tables = new BindingTables(interpreter);
  }

  /**
   * The states {@code interpreter} reaches, at most {@code limit} of them; past {@code deadline}
   * ({@link System#nanoTime}) an {@link AlloyApi.OutOfTime}.
   */
  static Reachability of(Interpreter interpreter, int limit, long deadline) {
    Reachability r = new Reachability(interpreter);
    Map<StateKey, Integer> index = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    r.add(interpreter.initialState(), 0, -1, -1, index, queue, limit);
    int[] violated = new int[interpreter.propertyCount() + 1];
    while (!queue.isEmpty()) {
      int s = queue.poll();
      if ((s & 1023) == 0 && System.nanoTime() - deadline >= 0) {
        throw new AlloyApi.OutOfTime();
      }
      int[] state = r.states.get(s);
      int depth = r.depths.get(s);
      int n = interpreter.invariantViolations(state, violated);
      for (int i = 0; i < n; i++) {
        r.found(new Violation(violated[i], depth, s, null));
      }
      List<Transition> out = interpreter.transitions(state);
      r.transitions += out.size();
      r.tables.show(state, out);
      if (out.isEmpty()) {
        r.stuck.set(s);
        n = interpreter.terminalViolations(state, violated);
        for (int i = 0; i < n; i++) {
          r.found(new Violation(violated[i], depth, s, null));
        }
      }
      for (int i = 0; i < out.size(); i++) {
        Transition t = out.get(i);
        t.violated().forEach(p -> r.found(new Violation(p, depth + 1, s, t)));
        if (t.next().isPresent()) {
          r.add(t.next().get().toArray(), depth + 1, s, i, index, queue, limit);
        }
      }
    }
    return r;
  }

  private void add(int[] state, int depth, int parent, int transition, Map<StateKey, Integer> index,
      ArrayDeque<Integer> queue, int limit) {
    if (index.putIfAbsent(new StateKey(state), states.size()) != null) {
      return;
    }
    if (states.size() == limit) {
      throw new TooMany(limit);
    }
    queue.add(states.size());
    states.add(state);
    depths.add(depth);
    parents.add(parent);
    via.add(transition);
  }

  private void found(Violation v) {
    Violation known = shortest[v.property()];
    if (known == null || v.length() < known.length()) {
      shortest[v.property()] = v;
    }
  }

  List<int[]> states() {
    return Collections.unmodifiableList(states);
  }

  int[] depths() {
    return depths.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether the interpreter can take no step from state {@code s}. */
  boolean stuck(int s) {
    return stuck.get(s);
  }

  /** What each action binding does in the states, seen through its footprint. */
  List<Certificate.Binding> bindings() {
    return tables.bindings();
  }

  long transitions() {
    return transitions;
  }

  int maxDepth() {
    return depths.isEmpty() ? 0 : depths.get(depths.size() - 1);
  }

  /** The shortest violation of {@code property}, or null when it holds in every state. */
  Violation shortest(int property) {
    return shortest[property];
  }

  /** The steps from the initial state to state {@code s}, in order. */
  List<Transition> path(int s) {
    List<Transition> path = new ArrayList<>();
    for (int at = s; parents.get(at) >= 0; at = parents.get(at)) {
      path.add(interpreter.transitions(states.get(parents.get(at))).get(via.get(at)));
    }
    Collections.reverse(path);
    return path;
  }

  /** The steps of violation {@code v}: the path to its state, and its step if it fails on one. */
  List<Transition> path(Violation v) {
    List<Transition> path = path(v.state());
    if (v.step() != null) {
      path.add(v.step());
    }
    return path;
  }

  int[] initial() {
    return Arrays.copyOf(states.get(0), states.get(0).length);
  }
}
