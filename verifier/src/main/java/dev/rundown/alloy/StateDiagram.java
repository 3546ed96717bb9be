package dev.rundown.alloy;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reduced, shared decision diagram of a finite set of int vectors of one length (the values of some slots in
 * the states of a table): each node tests one position of the vector, in order, and branches on its value; a
 * value with no branch means "not in the set". Equal subdiagrams are one node, so the diagram of a protocol
 * model's tables is far smaller than the list. No test is left out, not even of a position with one value in
 * every vector: an Alloy state may hold no value or several where the interpreter's holds one. Immutable; built
 * deterministically from the vectors whatever their order.
 */
final class StateDiagram {
  /** A node: the position it tests, its branch values in increasing order, and per value the child. */
  record Node(int position, ImmutableIntArray values, ImmutableIntArray children) {}

  private final List<Node> nodes;
  private final int root;

  private StateDiagram(List<Node> nodes, int root) {
    this.nodes = List.copyOf(nodes);
    this.root = root;
  }

  /** The diagram of {@code states} (at least one; all distinct, all of length {@code positions}). */
  static StateDiagram of(List<int[]> states, int positions) {
    Integer[] order = new Integer[states.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Arrays.compare(states.get(a), states.get(b)));
    Builder b = new Builder(states, positions);
    int root = b.build(order, 0, order.length, 0);
    return new StateDiagram(b.nodes, root);
  }

  /** The nodes, each after every node it points to. */
  List<Node> nodes() {
    return nodes;
  }

  /** The root: a node index, or the leaf (see {@link #isLeaf}). */
  int root() {
    return root;
  }

  /** Whether a child (or the root) is the leaf: the set holds the vector. */
  static boolean isLeaf(int child) {
    return child == LEAF;
  }

  private static final int LEAF = -1;

  private static final class Builder {
    private final List<int[]> states;
    private final int positions;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> unique = new HashMap<>();

    Builder(List<int[]> states, int positions) {
      this.states = states;
      this.positions = positions;
    }

    /** The diagram of the sorted states {@code order[lo, hi)}, which agree on positions before {@code pos}. */
    int build(Integer[] order, int lo, int hi, int pos) {
      if (pos == positions) {
        if (hi - lo != 1) {
          throw new IllegalArgumentException("a state is listed twice");
        }
        return LEAF;
      }
      List<Integer> values = new ArrayList<>();
      List<Integer> children = new ArrayList<>();
      for (int i = lo; i < hi; ) {
        int v = states.get(order[i])[pos];
        int j = i;
        while (j < hi && states.get(order[j])[pos] == v) {
          j++;
        }
        values.add(v);
        children.add(build(order, i, j, pos + 1));
        i = j;
      }
      return node(pos, values.stream().mapToInt(Integer::intValue).toArray(),
          children.stream().mapToInt(Integer::intValue).toArray());
    }

    int node(int pos, int[] values, int[] children) {
      Node n = new Node(pos, ImmutableIntArray.copyOf(values), ImmutableIntArray.copyOf(children));
      return unique.computeIfAbsent(n, k -> {
        nodes.add(k);
        return nodes.size() - 1;
      });
    }
  }
}
