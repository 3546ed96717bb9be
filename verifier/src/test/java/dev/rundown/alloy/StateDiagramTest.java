package dev.rundown.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision diagram of a set of vectors: shared subdiagrams, exact membership, order independence. */
class StateDiagramTest {
  /** Whether the diagram holds {@code vector}. */
  private static boolean holds(StateDiagram d, int[] vector) {
    int at = d.root();
    while (!StateDiagram.isLeaf(at)) {
      StateDiagram.Node n = d.nodes().get(at);
      int i = n.values().indexOf(vector[n.position()]);
      if (i < 0) {
        return false;
      }
      at = n.children().get(i);
    }
    return true;
  }

  @Test
  void equalSuffixesAreOneNodeAndEveryPositionIsTested() {
    // x in {0, 1} and y in {0, 1}, all four: the two y-nodes are one node, but x is still tested
    List<int[]> vectors = List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    StateDiagram d = StateDiagram.of(vectors, 2);
    assertEquals(2, d.nodes().size());
    assertEquals(0, d.nodes().get(d.root()).position());
  }

  @Test
  void theVectorsAndNoOthersAreInTheDiagram() {
    List<int[]> vectors = List.of(new int[] {0, 5, -1}, new int[] {1, 5, -1}, new int[] {1, 6, 2});
    StateDiagram d = StateDiagram.of(vectors, 3);
    vectors.forEach(v -> assertTrue(holds(d, v)));
    assertFalse(holds(d, new int[] {0, 6, 2}));
    assertFalse(holds(d, new int[] {1, 5, 2}));
    assertEquals(5, d.nodes().size());
  }

  @Test
  void theOrderOfTheVectorsDoesNotMatter() {
    List<int[]> vectors = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      vectors.add(new int[] {i % 3, i % 5, i / 7});
    }
    StateDiagram a = StateDiagram.of(vectors, 3);
    List<int[]> reversed = new ArrayList<>(vectors);
    Collections.reverse(reversed);
    StateDiagram b = StateDiagram.of(reversed, 3);
    assertEquals(a.nodes(), b.nodes());
    assertEquals(a.root(), b.root());
  }

  @Test
  void aVectorListedTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> StateDiagram.of(List.of(new int[] {1}, new int[] {1}), 1));
  }
}
