package dev.rundown.explore;

import dev.rundown.ir.Kind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.semantics.Layout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Canonical forms of states under permutations of the instances of the model's {@code symmetric} kinds.
 * A permutation of kind K moves every slot indexed by an instance of K (fields, and routine slots whose
 * parameters include K) and renames every slot value of type K or K?. Not thread-safe (reuses buffers).
 *
 * <p>A kind is <em>sortable</em> when no slot holds a value of it and no variable is indexed by it twice or
 * together with another symmetric kind: its permutations then just reorder rows (the slots of one instance),
 * and sorting the rows gives the canonical form; equal rows are identical, so ties do not matter. For the
 * other kinds every permutation is tried and the lexicographically least slot vector is kept, as TLC does:
 * the cost is the product of n! over those kinds for every new state, so keep their bounds small (5! = 120,
 * 8! = 40,320 per state). The enumerated permutations and the sorts commute, so the least over the
 * permutations of the sorted forms is canonical for the whole group.
 */
public final class Symmetry implements Canonicalizer {
  private final List<Group> sorted = new ArrayList<>();
  private final List<Group> enumerated = new ArrayList<>();
  private final int[] bufferA;
  private final int[] bufferB;
  private final int[] candidate;
  private final int[] best;

  /** The permutations of one kind's instances, as they act on a layout. */
  private static final class Group {
    final int n;
    final int[] movedSlots;
    final int[] coordStart;
    final int[] coordValue;
    final int[] coordStride;
    final int[] valueSlots;
    final int[][] rows;
    final int[] perm;
    final int[] order;

    Group(int n, int[] movedSlots, int[] coordStart, int[] coordValue, int[] coordStride, int[] valueSlots,
        int[][] rows) {
      this.n = n;
      this.movedSlots = movedSlots;
      this.coordStart = coordStart;
      this.coordValue = coordValue;
      this.coordStride = coordStride;
      this.valueSlots = valueSlots;
      this.rows = rows;
      this.perm = new int[n];
      this.order = new int[n];
    }
  }

  private Symmetry(Layout layout, List<String> kinds, boolean allowSort) {
    for (String kind : kinds) {
      Group g = group(layout, kind, kinds);
      if (allowSort && g.rows != null) {
        sorted.add(g);
      } else {
        enumerated.add(g);
      }
    }
    bufferA = new int[layout.size()];
    bufferB = new int[layout.size()];
    candidate = new int[layout.size()];
    best = new int[layout.size()];
  }

  /** The symmetry of the layout's symmetric kinds with at least two instances, if there is one. */
  public static Optional<Symmetry> of(Layout layout) {
    return of(layout, true);
  }

  /** As {@link #of(Layout)}; with {@code allowSort} false every kind is enumerated (to test the sorts). */
  public static Optional<Symmetry> of(Layout layout, boolean allowSort) {
    List<String> kinds = new ArrayList<>();
    for (Kind k : layout.model().kinds()) {
      if (k.symmetric() && layout.bounds().of(k.name()) > 1) {
        kinds.add(k.name());
      }
    }
    return kinds.isEmpty() ? Optional.empty() : Optional.of(new Symmetry(layout, kinds, allowSort));
  }

  private static boolean isKind(Type t, String kind) {
    return t instanceof Type.KindType k && k.kind().equals(kind);
  }

  private static boolean isSymmetric(Type t, List<String> kinds) {
    return t instanceof Type.KindType k && kinds.contains(k.kind());
  }

  private static Group group(Layout layout, String kind, List<String> kinds) {
    int n = layout.bounds().of(kind);
    List<Integer> moved = new ArrayList<>();
    List<Integer> coordStart = new ArrayList<>();
    List<Integer> coordValue = new ArrayList<>();
    List<Integer> coordStride = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<List<Integer>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new ArrayList<>());
    }
    boolean sortable = true;
    List<StateVar> vars = layout.model().vars();
    for (int v = 0; v < vars.size(); v++) {
      StateVar var = vars.get(v);
      List<Integer> positions = new ArrayList<>();
      int symmetricPositions = 0;
      for (int j = 0; j < var.index().size(); j++) {
        if (isKind(var.index().get(j), kind)) {
          positions.add(j);
        }
        if (isSymmetric(var.index().get(j), kinds)) {
          symmetricPositions++;
        }
      }
      if (isKind(var.type(), kind)) {
        sortable = false;
      }
      if (!positions.isEmpty() && (positions.size() > 1 || symmetricPositions > 1)) {
        sortable = false;
      }
      for (int s = layout.base(v); s < layout.base(v) + layout.slotCount(v); s++) {
        if (isKind(var.type(), kind)) {
          values.add(s);
        }
        if (positions.isEmpty()) {
          continue;
        }
        int[] tuple = layout.index(s);
        moved.add(s);
        coordStart.add(coordValue.size());
        for (int j : positions) {
          coordValue.add(tuple[j]);
          coordStride.add(layout.indexStride(v, j));
        }
        if (positions.size() == 1 && tuple[positions.get(0)] >= 0) {
          rows.get(tuple[positions.get(0)]).add(s);
        }
      }
    }
    coordStart.add(coordValue.size());
    int[][] rowArray = null;
    if (sortable) {
      rowArray = new int[n][];
      for (int i = 0; i < n; i++) {
        rowArray[i] = ints(rows.get(i));
      }
    }
    return new Group(n, ints(moved), ints(coordStart), ints(coordValue), ints(coordStride), ints(values), rowArray);
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public void canonicalize(int[] state, int[] out) {
    if (enumerated.isEmpty()) {
      sortRows(state, out);
      return;
    }
    for (Group g : enumerated) {
      for (int i = 0; i < g.n; i++) {
        g.perm[i] = i;
      }
    }
    boolean first = true;
    do {
      int[] src = state;
      for (int k = 0; k < enumerated.size(); k++) {
        int[] dst = k % 2 == 0 ? bufferA : bufferB;
        apply(enumerated.get(k), src, dst);
        src = dst;
      }
      sortRows(src, candidate);
      if (first || Arrays.compare(candidate, best) < 0) {
        System.arraycopy(candidate, 0, best, 0, best.length);
        first = false;
      }
    } while (advance());
    System.arraycopy(best, 0, out, 0, out.length);
  }

  /** Next product permutation of the enumerated kinds (odometer of lexicographic permutations). */
  private boolean advance() {
    for (int k = enumerated.size() - 1; k >= 0; k--) {
      if (nextPermutation(enumerated.get(k).perm)) {
        return true;
      }
    }
    return false;
  }

  /** Steps {@code p} to its lexicographic successor; at the last one, resets it to identity and returns false. */
  static boolean nextPermutation(int[] p) {
    int i = p.length - 2;
    while (i >= 0 && p[i] >= p[i + 1]) {
      i--;
    }
    if (i < 0) {
      for (int j = 0; j < p.length; j++) {
        p[j] = j;
      }
      return false;
    }
    int j = p.length - 1;
    while (p[j] <= p[i]) {
      j--;
    }
    swap(p, i, j);
    for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
      swap(p, a, b);
    }
    return true;
  }

  private static void swap(int[] p, int i, int j) {
    int t = p[i];
    p[i] = p[j];
    p[j] = t;
  }

  /** Applies {@code g.perm} (instance i becomes instance perm[i]) to {@code src}, into {@code dst}. */
  private static void apply(Group g, int[] src, int[] dst) {
    System.arraycopy(src, 0, dst, 0, src.length);
    int[] perm = g.perm;
    for (int k = 0; k < g.movedSlots.length; k++) {
      int slot = g.movedSlots[k];
      int dest = slot;
      for (int c = g.coordStart[k]; c < g.coordStart[k + 1]; c++) {
        int i = g.coordValue[c];
        if (i >= 0) {
          dest += (perm[i] - i) * g.coordStride[c];
        }
      }
      dst[dest] = src[slot];
    }
    for (int slot : g.valueSlots) {
      int v = dst[slot];
      if (v >= 0) {
        dst[slot] = perm[v];
      }
    }
  }

  /** Copies {@code src} to {@code dst} with the rows of every sortable kind in ascending order. */
  private void sortRows(int[] src, int[] dst) {
    System.arraycopy(src, 0, dst, 0, src.length);
    for (Group g : sorted) {
      int[][] rows = g.rows;
      int[] order = g.order;
      for (int i = 0; i < g.n; i++) {
        order[i] = i;
      }
      // Insertion sort: n is small and the rows are often nearly sorted already.
      for (int i = 1; i < g.n; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= 0 && compareRows(src, rows[order[j]], rows[x]) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      for (int i = 0; i < g.n; i++) {
        int[] to = rows[i];
        int[] from = rows[order[i]];
        for (int c = 0; c < to.length; c++) {
          dst[to[c]] = src[from[c]];
        }
      }
    }
  }

  private static int compareRows(int[] state, int[] a, int[] b) {
    for (int c = 0; c < a.length; c++) {
      int d = Integer.compare(state[a[c]], state[b[c]]);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }
}
