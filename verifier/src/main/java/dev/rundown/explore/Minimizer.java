package dev.rundown.explore;

import dev.rundown.ir.Model;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.StateKey;
import dev.rundown.semantics.Traces;
import dev.rundown.semantics.Transition;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Among the shortest counterexamples to a property, finds one with the fewest switches between actors (steps
 * whose actor differs from the previous step's), so a reader follows fewer context switches. A breadth-first
 * search over concrete states (no symmetry) layer by layer, keeping for each state of a layer and each actor of
 * the last step the fewest switches of a shortest path to it; it stops at the first layer where the property
 * fails, in a state or by a transition, exactly as the explorer checks it. Ties go to the first path met in
 * interpreter order, so the result is deterministic. Costs as much as exploring every state up to the trace's
 * depth. Stateless; the caller validates the result by replay.
 */
public final class Minimizer {
  private static final int INF = Integer.MAX_VALUE;

  private final Interpreter interpreter;
  private final int property;
  private final int actors;
  private final int[] actorOf;
  /** Per state: its layer, then per last actor (the extra last index: no step yet) cost and back pointer. */
  private final List<int[]> states = new ArrayList<>();
  private final List<Integer> layerOf = new ArrayList<>();
  private final List<int[]> cost = new ArrayList<>();
  private final List<int[]> parent = new ArrayList<>();
  private final List<int[]> parentActor = new ArrayList<>();
  private final List<int[]> via = new ArrayList<>();
  private final Map<StateKey, Integer> ids = new HashMap<>();

  private Minimizer(Interpreter interpreter, int property) {
    this.interpreter = interpreter;
    this.property = property;
    Model model = interpreter.model();
    List<String> names = new ArrayList<>(model.actors());
    this.actorOf = new int[model.actions().size()];
    for (int a = 0; a < actorOf.length; a++) {
      String actor = model.actions().get(a).actor();
      if (!names.contains(actor)) {
        names.add(actor);
      }
      actorOf[a] = names.indexOf(actor);
    }
    this.actors = names.size();
  }

  /** Number of actor switches of {@code trace}. */
  public static int switches(Trace trace) {
    int n = 0;
    List<TraceStep> s = trace.steps();
    for (int i = 1; i < s.size(); i++) {
      if (!s.get(i).call().actor().equals(s.get(i - 1).call().actor())) {
        n++;
      }
    }
    return n;
  }

  /**
   * A shortest counterexample to {@code trace.property()} with the fewest actor switches, searched up to
   * {@code trace.length()} steps; {@code trace} itself when no shorter-or-equal one is found.
   */
  public static Trace minimize(Interpreter interpreter, Trace trace) {
    int p = interpreter.model().propertyIndex(trace.property());
    if (p < 0) {
      throw new IllegalArgumentException("no property " + trace.property() + " in " + interpreter.model().name());
    }
    return new Minimizer(interpreter, p).search(trace.length()).orElse(trace);
  }

  private Optional<Trace> search(int maxDepth) {
    int[] initial = interpreter.initialState();
    int start = add(initial, 0);
    cost.get(start)[actors] = 0;
    List<Integer> layer = List.of(start);
    int[] out = new int[interpreter.propertyCount() + 1];
    for (int depth = 0; depth <= maxDepth && !layer.isEmpty(); depth++) {
      // Candidates of this depth: states of the layer that violate the property, then (next depth) transitions.
      int bestState = -1;
      int bestCost = INF;
      for (int s : layer) {
        List<Transition> ts = interpreter.transitions(states.get(s));
        if (violatesInState(states.get(s), ts.isEmpty(), out)) {
          int c = min(cost.get(s));
          if (c < bestCost) {
            bestCost = c;
            bestState = s;
          }
        }
      }
      if (bestState >= 0) {
        return Optional.of(build(initial, bestState, argmin(cost.get(bestState)), null));
      }
      if (depth == maxDepth) {
        break;
      }
      List<Integer> next = new ArrayList<>();
      int bestFrom = -1;
      int bestFromActor = -1;
      Transition bestStep = null;
      int bestStepCost = INF;
      for (int s : layer) {
        List<Transition> ts = interpreter.transitions(states.get(s));
        for (int i = 0; i < ts.size(); i++) {
          Transition t = ts.get(i);
          int actor = actorOf[t.action()];
          int[] from = cost.get(s);
          for (int a = 0; a <= actors; a++) {
            if (from[a] == INF) {
              continue;
            }
            int c = from[a] + (a == actors || a == actor ? 0 : 1);
            if (t.violates(property) && c < bestStepCost) {
              bestStepCost = c;
              bestFrom = s;
              bestFromActor = a;
              bestStep = t;
            }
            if (t.next().isEmpty()) {
              continue;
            }
            int target = idOf(t.next().get().toArray(), depth + 1, next);
            if (layerOf.get(target) == depth + 1 && c < cost.get(target)[actor]) {
              cost.get(target)[actor] = c;
              parent.get(target)[actor] = s;
              parentActor.get(target)[actor] = a;
              via.get(target)[actor] = i;
            }
          }
        }
      }
      if (bestStep != null) {
        return Optional.of(build(initial, bestFrom, bestFromActor, bestStep));
      }
      layer = next;
    }
    return Optional.empty();
  }

  private boolean violatesInState(int[] state, boolean terminal, int[] out) {
    int n = interpreter.invariantViolations(state, out);
    if (contains(out, n, property)) {
      return true;
    }
    return terminal && contains(out, interpreter.terminalViolations(state, out), property);
  }

  private static boolean contains(int[] out, int n, int p) {
    for (int i = 0; i < n; i++) {
      if (out[i] == p) {
        return true;
      }
    }
    return false;
  }

  /** The path to state {@code s} reached with last actor {@code a}, then {@code last} if given, as a trace. */
  private Trace build(int[] initial, int s, int a, Transition last) {
    List<Transition> path = new ArrayList<>();
    if (last != null) {
      path.add(last);
    }
    while (a != actors) {
      int p = parent.get(s)[a];
      int pa = parentActor.get(s)[a];
      path.add(interpreter.transitions(states.get(p)).get(via.get(s)[a]));
      s = p;
      a = pa;
    }
    Collections.reverse(path);
    return Traces.build(interpreter, interpreter.model().properties().get(property).name(), initial, path);
  }

  private int idOf(int[] state, int layer, List<Integer> next) {
    Integer id = ids.get(new StateKey(state));
    if (id != null) {
      return id;
    }
    int fresh = add(state, layer);
    next.add(fresh);
    return fresh;
  }

  private int add(int[] state, int layer) {
    int id = states.size();
    int[] copy = state.clone();
    states.add(copy);
    ids.put(new StateKey(copy), id);
    layerOf.add(layer);
    int[] c = new int[actors + 1];
    Arrays.fill(c, INF);
    cost.add(c);
    parent.add(new int[actors + 1]);
    parentActor.add(new int[actors + 1]);
    via.add(new int[actors + 1]);
    return id;
  }

  private static int min(int[] c) {
    return c[argmin(c)];
  }

  private static int argmin(int[] c) {
    int best = 0;
    for (int i = 1; i < c.length; i++) {
      if (c[i] < c[best]) {
        best = i;
      }
    }
    return best;
  }
}
