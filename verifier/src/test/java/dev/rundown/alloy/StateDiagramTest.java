package dev.rundown.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision diagram of a set of states: shared subdiagrams, labels at the leaves, order independence. */
class StateDiagramTest {
  /** The label the diagram gives {@code state}, or -1 when the state is not in it. */
  private static int lookup(StateDiagram d, int[] state) {
    int at = d.root();
    while (!StateDiagram.isLeaf(at)) {
      StateDiagram.Node n = d.nodes().get(at);
      int i = n.values().indexOf(state[n.position()]);
      if (i < 0) {
        return -1;
      }
      at = n.children().get(i);
    }
    return StateDiagram.label(at);
  }

  @Test
  void equalSuffixesAreOneNodeAndEveryPositionIsTested() {
    // x in {0, 1} and y in {0, 1}, all four with label 0: the two y-nodes are one node, but x is still tested
    List<int[]> states = List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    StateDiagram d = StateDiagram.of(states, new int[4], 2);
    assertEquals(2, d.nodes().size());
    assertEquals(0, d.nodes().get(d.root()).position());
  }

  @Test
  void labelsAreKeptAndAbsentStatesAreNotInTheDiagram() {
    List<int[]> states = List.of(new int[] {0, 5, -1}, new int[] {1, 5, -1}, new int[] {1, 6, 2});
    int[] labels = {0, 1, 2};
    StateDiagram d = StateDiagram.of(states, labels, 3);
    for (int i = 0; i < states.size(); i++) {
      assertEquals(labels[i], lookup(d, states.get(i)));
    }
    assertEquals(-1, lookup(d, new int[] {0, 6, 2}));
    assertEquals(-1, lookup(d, new int[] {1, 5, 2}));
    assertTrue(d.nodes().size() <= 6);
  }

  @Test
  void theOrderOfTheStatesDoesNotMatter() {
    List<int[]> states = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      states.add(new int[] {i % 3, i % 5, i / 7});
    }
    int[] labels = states.stream().mapToInt(s -> s[0] + s[2]).toArray();
    StateDiagram a = StateDiagram.of(states, labels, 3);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      order.add(i);
    }
    Collections.reverse(order);
    StateDiagram b = StateDiagram.of(order.stream().map(states::get).toList(),
        order.stream().mapToInt(i -> labels[i]).toArray(), 3);
    assertEquals(a.nodes(), b.nodes());
    assertEquals(a.root(), b.root());
  }

  @Test
  void aStateListedTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> StateDiagram.of(List.of(new int[] {1}, new int[] {1}), new int[2], 1));
  }
}
