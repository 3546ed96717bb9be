package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.engine.Budget;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.StopReason;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer loop on hand-built graphs: counts, shortest counterexamples, terminal checks, budgets. */
class BfsExplorerTest {
  static ExploreResult explore(TransitionSystem system, boolean exact, Budget budget) {
    return new BfsExplorer(system, null, exact, budget, ProgressListener.NONE).run();
  }

  static ExploreResult explore(TransitionSystem system) {
    return explore(system, false, Budget.UNLIMITED);
  }

  /** The nodes of the path to {@code state}, replayed on the graph from its transition numbers. */
  static int[] nodes(GraphSystem g, ExploreResult r, int state) {
    int[] path = r.path(state);
    int[] nodes = new int[path.length];
    int[] s = new int[1];
    g.initial(path[0], s);
    nodes[0] = s[0];
    for (int i = 1; i < path.length; i++) {
      nodes[i] = g.successor(nodes[i - 1], path[i]);
    }
    return nodes;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void countsReachableStatesOnce(boolean exact) {
    GraphSystem g = new GraphSystem(10).path(0, 1, 2, 3, 1).path(0, 2).path(3, 4).path(7, 8).done(4);
    ExploreResult r = explore(g, exact, Budget.UNLIMITED);
    assertEquals(5, r.states());
    assertEquals(6, r.transitions());
    assertEquals(3, r.depth());
    assertTrue(r.complete());
    assertEquals(0, r.collisions());
    for (int p = 0; p < 3; p++) {
      assertTrue(r.violation(p).isEmpty());
    }
  }

  @Test
  void invariantCounterexampleIsShortest() {
    GraphSystem g = new GraphSystem(8).path(0, 1, 2, 3, 4, 5).path(0, 6, 7, 5).bad(5).done(5);
    ExploreResult r = explore(g);
    Violation v = r.violation(GraphSystem.BAD_NODE).orElseThrow();
    assertFalse(v.atTransition());
    assertArrayEquals(new int[] {0, 6, 7, 5}, nodes(g, r, v.state()));
  }

  @Test
  void transitionViolationRecordsTheStepTaken() {
    GraphSystem g = new GraphSystem(5).path(0, 1, 2, 3).path(0, 4, 3).badEdge(2, 3).badEdge(4, 3).done(3);
    ExploreResult r = explore(g);
    Violation v = r.violation(GraphSystem.BAD_EDGE).orElseThrow();
    assertTrue(v.atTransition());
    assertArrayEquals(new int[] {0, 4}, nodes(g, r, v.state()));
    assertEquals(3, g.successor(4, v.transition()));
  }

  /** Successors are looked up a level at a time; the violation kept is still the one met first step by step. */
  @Test
  void aStateFoundByAnEarlierExpansionBeatsALaterStep() {
    GraphSystem g = new GraphSystem(5).path(0, 1, 3).path(0, 2, 4).bad(3).badEdge(2, 4).badEdgesBreakBadNode()
        .done(3).done(4);
    ExploreResult r = explore(g);
    Violation v = r.violation(GraphSystem.BAD_NODE).orElseThrow();
    assertFalse(v.atTransition());
    assertArrayEquals(new int[] {0, 1, 3}, nodes(g, r, v.state()));
  }

  @Test
  void aStepOfAnEarlierExpansionBeatsALaterState() {
    GraphSystem g = new GraphSystem(5).path(0, 1, 3).path(0, 2, 4).bad(4).badEdge(1, 3).badEdgesBreakBadNode()
        .done(3).done(4);
    ExploreResult r = explore(g);
    Violation v = r.violation(GraphSystem.BAD_NODE).orElseThrow();
    assertTrue(v.atTransition());
    assertArrayEquals(new int[] {0, 1}, nodes(g, r, v.state()));
  }

  @Test
  void aStepBeatsTheStateItReaches() {
    GraphSystem g = new GraphSystem(3).path(0, 2).path(0, 1).bad(2).badEdge(0, 1).badEdgesBreakBadNode()
        .done(1).done(2);
    ExploreResult r = explore(g);
    Violation v = r.violation(GraphSystem.BAD_NODE).orElseThrow();
    assertTrue(v.atTransition());
    assertEquals(0, v.state());
    assertEquals(1, v.transition());
  }

  @Test
  void hangIsAStateWithoutSuccessorsThatIsNotDone() {
    GraphSystem g = new GraphSystem(6).path(0, 1, 2).path(0, 3, 4, 5).done(5);
    ExploreResult r = explore(g);
    Violation v = r.violation(GraphSystem.HANG).orElseThrow();
    assertArrayEquals(new int[] {0, 1, 2}, nodes(g, r, v.state()));
    ExploreResult fine = explore(new GraphSystem(3).path(0, 1, 2).done(2));
    assertTrue(fine.violation(GraphSystem.HANG).isEmpty());
  }

  @Test
  void aCycleIsNotAHang() {
    ExploreResult r = explore(new GraphSystem(3).path(0, 1, 2, 0));
    assertTrue(r.violation(GraphSystem.HANG).isEmpty());
    assertEquals(3, r.states());
  }

  @Test
  void keepsExploringAfterAViolation() {
    GraphSystem g = new GraphSystem(5).path(0, 1, 2, 3, 4).bad(1);
    ExploreResult r = explore(g);
    assertEquals(5, r.states());
    assertTrue(r.violation(GraphSystem.BAD_NODE).isPresent());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, nodes(g, r, r.violation(GraphSystem.HANG).orElseThrow().state()));
  }

  @Test
  void severalInitialStates() {
    GraphSystem g = new GraphSystem(6).initial(2).initial(4).path(2, 3).path(4, 5).bad(5).done(3, 5);
    ExploreResult r = explore(g);
    assertEquals(4, r.states());
    assertArrayEquals(new int[] {4, 5}, nodes(g, r, r.violation(GraphSystem.BAD_NODE).orElseThrow().state()));
  }

  @Test
  void initialStateViolationHasAnEmptyPath() {
    ExploreResult r = explore(new GraphSystem(2).path(0, 1).bad(0).done(1));
    Violation v = r.violation(GraphSystem.BAD_NODE).orElseThrow();
    assertEquals(1, r.path(v.state()).length);
  }

  @Test
  void maxStatesStopsWithWhatWasFound() {
    GraphSystem g = GraphSystem.chain(10_000).bad(3);
    ExploreResult r = explore(g, false, new Budget(100, Duration.ofDays(1), 0));
    assertEquals(Optional.of(StopReason.MAX_STATES), r.stopped());
    assertFalse(r.complete());
    assertEquals(100, r.states());
    assertTrue(r.violation(GraphSystem.BAD_NODE).isPresent());
  }

  @Test
  void timeLimitStops() {
    ExploreResult r = explore(GraphSystem.chain(10_000), false, new Budget(Long.MAX_VALUE, Duration.ZERO, 0));
    assertEquals(Optional.of(StopReason.TIME_LIMIT), r.stopped());
    assertTrue(r.states() < 10_000);
  }

  @Test
  void heapCeilingStops() {
    ExploreResult r = explore(GraphSystem.chain(10_000), false, new Budget(Long.MAX_VALUE, Duration.ofDays(1), 1));
    assertEquals(Optional.of(StopReason.MEMORY), r.stopped());
  }

  @Test
  void reportsProgressWhenTheRunIsLong() {
    // A slow system: every expansion takes a little time, so a run of a few seconds reports.
    GraphSystem chain = GraphSystem.chain(1_500);
    TransitionSystem slow = new SlowSystem(chain);
    int[] reports = new int[1];
    new BfsExplorer(slow, null, false, Budget.UNLIMITED, p -> reports[0]++).run();
    assertTrue(reports[0] >= 1);
  }

  /** Delays every expansion by a millisecond. */
  private static final class SlowSystem implements TransitionSystem {
    private final TransitionSystem inner;

    SlowSystem(TransitionSystem inner) {
      this.inner = inner;
    }

    @Override
    public int slotCount() {
      return inner.slotCount();
    }

    @Override
    public int slotMin(int slot) {
      return inner.slotMin(slot);
    }

    @Override
    public int slotSize(int slot) {
      return inner.slotSize(slot);
    }

    @Override
    public int initialCount() {
      return inner.initialCount();
    }

    @Override
    public void initial(int index, int[] out) {
      inner.initial(index, out);
    }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
      long until = System.nanoTime() + 1_000_000;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      inner.successors(state, sink);
    }

    @Override
    public int propertyCount() {
      return inner.propertyCount();
    }

    @Override
    public int invariantViolations(int[] state, int[] out) {
      return inner.invariantViolations(state, out);
    }

    @Override
    public int terminalViolations(int[] state, int[] out) {
      return inner.terminalViolations(state, out);
    }
  }
}
