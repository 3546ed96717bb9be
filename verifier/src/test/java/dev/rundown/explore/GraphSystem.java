package dev.rundown.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A transition system given as a graph (stateright's DGraph idea): nodes 0..n-1, one slot holding the node,
 * edges added as paths. Properties: 0 = invariant "not a bad node", 1 = "no bad edge is taken" (checked on
 * transitions), 2 = "a node without successors is done" (a hang otherwise). Mutable while building.
 */
final class GraphSystem implements TransitionSystem {
  static final int BAD_NODE = 0;
  static final int BAD_EDGE = 1;
  static final int HANG = 2;

  private final int nodes;
  private final List<List<Integer>> edges = new ArrayList<>();
  private final Set<Long> badEdges = new TreeSet<>();
  private final Set<Integer> badNodes = new TreeSet<>();
  private final Set<Integer> done = new TreeSet<>();
  private final List<Integer> initial = new ArrayList<>();
  /** The property bad edges violate: BAD_EDGE, or BAD_NODE to have one property met on states and steps. */
  private int edgeProperty = BAD_EDGE;

  GraphSystem(int nodes) {
    this.nodes = nodes;
    for (int i = 0; i < nodes; i++) {
      edges.add(new ArrayList<>());
    }
  }

  GraphSystem path(int... path) {
    for (int i = 0; i + 1 < path.length; i++) {
      if (!edges.get(path[i]).contains(path[i + 1])) {
        edges.get(path[i]).add(path[i + 1]);
      }
    }
    return this;
  }

  /** A chain 0 → 1 → … → n-1. */
  static GraphSystem chain(int n) {
    GraphSystem g = new GraphSystem(n);
    for (int i = 0; i + 1 < n; i++) {
      g.path(i, i + 1);
    }
    return g.done(n - 1);
  }

  GraphSystem initial(int node) {
    initial.add(node);
    return this;
  }

  GraphSystem bad(int node) {
    badNodes.add(node);
    return this;
  }

  /** Bad edges violate BAD_NODE instead of BAD_EDGE. */
  GraphSystem badEdgesBreakBadNode() {
    edgeProperty = BAD_NODE;
    return this;
  }

  GraphSystem badEdge(int from, int to) {
    badEdges.add((long) from * nodes + to);
    return this;
  }

  GraphSystem done(int... nodesDone) {
    for (int n : nodesDone) {
      done.add(n);
    }
    return this;
  }

  /** The node reached from {@code node} by its {@code index}-th edge. */
  int successor(int node, int index) {
    return edges.get(node).get(index);
  }

  @Override
  public int slotCount() {
    return 1;
  }

  @Override
  public int slotMin(int slot) {
    return 0;
  }

  @Override
  public int slotSize(int slot) {
    return nodes;
  }

  @Override
  public int initialCount() {
    return initial.isEmpty() ? 1 : initial.size();
  }

  @Override
  public void initial(int index, int[] out) {
    out[0] = initial.isEmpty() ? 0 : initial.get(index);
  }

  @Override
  public void successors(int[] state, SuccessorSink sink) {
    int[] next = new int[1];
    int[] violated = new int[1];
    for (int to : edges.get(state[0])) {
      next[0] = to;
      int count = badEdges.contains((long) state[0] * nodes + to) ? 1 : 0;
      violated[0] = edgeProperty;
      sink.successor(next, null, 0, violated, count);
    }
  }

  @Override
  public int propertyCount() {
    return 3;
  }

  @Override
  public int invariantViolations(int[] state, int[] out) {
    if (badNodes.contains(state[0])) {
      out[0] = BAD_NODE;
      return 1;
    }
    return 0;
  }

  @Override
  public int terminalViolations(int[] state, int[] out) {
    if (!done.contains(state[0])) {
      out[0] = HANG;
      return 1;
    }
    return 0;
  }
}
