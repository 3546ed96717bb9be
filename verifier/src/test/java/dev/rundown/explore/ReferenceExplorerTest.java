package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.semantics.HandlesModel;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.NodesModel;
import dev.rundown.semantics.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The optimised engine agrees with a naive BFS over the interpreter on counts and verdicts. */
class ReferenceExplorerTest {
  /** Distinct states and, per property, whether some state or transition violates it. */
  record Reference(long states, long transitions, List<Boolean> violated) {}

  /** The naive explorer: a HashSet of boxed states, every transition through the slow API. */
  static Reference naive(Model model, Bounds bounds) {
    Interpreter in = Interpreter.compile(model, bounds);
    int properties = model.properties().size();
    boolean[] violated = new boolean[properties];
    int[] out = new int[properties + 1];
    Set<List<Integer>> seen = new HashSet<>();
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    long transitions = 0;
    int[] initial = in.initialState();
    seen.add(box(initial));
    queue.add(initial);
    mark(violated, out, in.invariantViolations(initial, out));
    while (!queue.isEmpty()) {
      int[] s = queue.poll();
      List<Transition> ts = in.transitions(s);
      transitions += ts.size();
      if (ts.isEmpty()) {
        mark(violated, out, in.terminalViolations(s, out));
      }
      for (Transition t : ts) {
        t.violated().forEach(p -> violated[p] = true);
        if (t.next().isPresent()) {
          int[] n = t.next().get().toArray();
          if (seen.add(box(n))) {
            queue.add(n);
            mark(violated, out, in.invariantViolations(n, out));
          }
        }
      }
    }
    List<Boolean> v = new ArrayList<>();
    for (boolean b : violated) {
      v.add(b);
    }
    return new Reference(seen.size(), transitions, v);
  }

  private static void mark(boolean[] violated, int[] out, int n) {
    for (int i = 0; i < n; i++) {
      violated[out[i]] = true;
    }
  }

  private static List<Integer> box(int[] s) {
    List<Integer> l = new ArrayList<>(s.length);
    for (int v : s) {
      l.add(v);
    }
    return l;
  }

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(HandlesModel.build(false), HandlesModel.bounds(2)),
        Arguments.of(HandlesModel.build(false), HandlesModel.bounds(3)),
        Arguments.of(HandlesModel.build(true), HandlesModel.bounds(2)),
        Arguments.of(NodesModel.build(), NodesModel.bounds(2)),
        Arguments.of(NodesModel.build(), NodesModel.bounds(3)));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void engineAgreesWithTheNaiveExplorer(Model model, Bounds bounds) {
    Reference ref = naive(model, bounds);
    for (boolean exact : new boolean[] {false, true}) {
      EngineResult r = new ExplicitEngine()
          .check(new CheckRequest(model, bounds, false, exact, Budget.UNLIMITED), ProgressListener.NONE);
      assertEquals(ref.states(), r.stats().states());
      assertEquals(ref.transitions(), r.stats().transitions());
      for (int p = 0; p < ref.violated().size(); p++) {
        Verdict expected = ref.violated().get(p) ? Verdict.VIOLATED : Verdict.HOLDS;
        assertEquals(expected, r.properties().get(p).verdict(), model.properties().get(p).name());
      }
    }
    EngineResult symmetric = new ExplicitEngine()
        .check(new CheckRequest(model, bounds, true, false, Budget.UNLIMITED), ProgressListener.NONE);
    for (int p = 0; p < ref.violated().size(); p++) {
      Verdict expected = ref.violated().get(p) ? Verdict.VIOLATED : Verdict.HOLDS;
      assertEquals(expected, symmetric.properties().get(p).verdict(), model.properties().get(p).name());
    }
  }
}
