package dev.rundown.explore;

import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Layout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a {@link MemoExpander} computes the transitions of a compiled model. Its steps, in transition order, are
 * the bindings of the actions (or a whole action, when it has too many bindings or none is memoisable). A
 * binding whose footprint (the slots it reads and writes) is known is memoised: its steps are grouped by the
 * kind instances their footprints touch (for example every action's binding on one handle), and a group's
 * key is the packed bits of the union of its steps' footprints, at most {@link #MAX_KEY_BITS} wide, read with
 * a few shifts. The other steps run the interpreter. Decided once from the model, the bounds and the
 * packing; deterministic; immutable.
 */
final class MemoPlan {
  /** Widest key of a group (each of its steps has a table of 2^bits entries). */
  static final int MAX_KEY_BITS = 16;
  /** Actions with more bindings run the interpreter for all of them at once. */
  static final int MAX_BINDINGS = 1 << 12;
  /** Table entries (ints, and longs of the groups' step masks) over all groups. */
  static final long TABLE_BUDGET = 1 << 20;

  /** Kinds of step. */
  static final int MEMO = 0;
  static final int BINDING = 1;
  static final int ACTION = 2;

  /** Per step: kind, action, arguments (null for a whole action), group and place in it (memoised). */
  final int[] kind;
  final int[] action;
  final int[][] args;
  final int[] group;
  final int[] place;
  /** Longs per step mask: one bit per step, in step order. */
  final int maskWords;
  /** The steps not memoised, whose bits are always set. */
  final long[] always;
  /**
   * Per group: its key (over its slots), its steps' mask, where its masks start, where its entries start (one
   * row per key with an entry per step of the group), the width of its key and the slots it reads.
   */
  final KeyReader keys;
  final long[][] stepMask;
  final int[] maskBase;
  final int[] entryBase;
  final int[] rowLength;
  final int[] width;
  final int[][] slots;
  /** Entries of all groups' rows, and keys of all groups. */
  final int tableSize;
  final int maskKeys;

  /** A group being formed: its footprint so far and its steps. */
  private static final class Group {
    final TreeSet<Integer> slots = new TreeSet<>();
    final List<Integer> steps = new ArrayList<>();
    int width;
  }

  MemoPlan(Interpreter interpreter, StateCodec codec) {
    List<Integer> kinds = new ArrayList<>();
    List<Integer> actions = new ArrayList<>();
    List<int[]> argList = new ArrayList<>();
    List<int[]> footprints = new ArrayList<>();
    for (int a = 0; a < interpreter.actionCount(); a++) {
      List<int[]> bindings = bindings(interpreter, a);
      List<int[]> prints = new ArrayList<>();
      boolean any = false;
      for (int[] binding : bindings) {
        int[] slots = interpreter.footprint(a, binding);
        prints.add(slots != null && KeyReader.width(codec, slots) <= MAX_KEY_BITS ? slots : null);
        any |= prints.get(prints.size() - 1) != null;
      }
      if (!any) {
        kinds.add(ACTION);
        actions.add(a);
        argList.add(null);
        footprints.add(null);
        continue;
      }
      for (int i = 0; i < bindings.size(); i++) {
        kinds.add(prints.get(i) == null ? BINDING : MEMO);
        actions.add(a);
        argList.add(bindings.get(i));
        footprints.add(prints.get(i));
      }
    }
    int steps = kinds.size();
    List<Group> groups = group(footprints, codec, interpreter.layout());
    group = new int[steps];
    place = new int[steps];
    List<Group> kept = new ArrayList<>();
    maskWords = Math.max(1, (steps + 63) / 64);
    long budget = TABLE_BUDGET;
    int size = 0;
    int keyCount = 0;
    for (Group g : groups) {
      long cost = (1L << g.width) * (g.steps.size() + maskWords);
      if (cost > budget) {
        g.steps.forEach(k -> kinds.set(k, BINDING));
        continue;
      }
      budget -= cost;
      for (int j = 0; j < g.steps.size(); j++) {
        group[g.steps.get(j)] = kept.size();
        place[g.steps.get(j)] = j;
      }
      size += (1 << g.width) * g.steps.size();
      keyCount += 1 << g.width;
      kept.add(g);
    }
    kind = kinds.stream().mapToInt(Integer::intValue).toArray();
    action = actions.stream().mapToInt(Integer::intValue).toArray();
    args = argList.toArray(new int[0][]);
    always = new long[maskWords];
    for (int k = 0; k < steps; k++) {
      if (kind[k] != MEMO) {
        always[k >>> 6] |= 1L << k;
      }
    }
    stepMask = new long[kept.size()][];
    maskBase = new int[kept.size()];
    entryBase = new int[kept.size()];
    rowLength = new int[kept.size()];
    width = new int[kept.size()];
    slots = new int[kept.size()][];
    int base = 0;
    int entries = 0;
    for (int g = 0; g < kept.size(); g++) {
      stepMask[g] = new long[maskWords];
      for (int k : kept.get(g).steps) {
        stepMask[g][k >>> 6] |= 1L << k;
      }
      maskBase[g] = base;
      base += 1 << kept.get(g).width;
      entryBase[g] = entries;
      rowLength[g] = kept.get(g).steps.size();
      entries += (1 << kept.get(g).width) * rowLength[g];
      width[g] = kept.get(g).width;
      slots[g] = kept.get(g).slots.stream().mapToInt(Integer::intValue).toArray();
    }
    keys = new KeyReader(codec, Arrays.asList(slots));
    tableSize = size;
    maskKeys = keyCount;
  }

  /** Number of steps. */
  int steps() {
    return kind.length;
  }

  /** Number of groups. */
  int groups() {
    return width.length;
  }

  /**
   * Groups the memoised steps (those with a footprint) by the kind instances their footprints touch, in step
   * order; a step that would make its group's key too wide starts a group of its own.
   */
  private static List<Group> group(List<int[]> footprints, StateCodec codec, Layout layout) {
    Map<String, Group> byRows = new LinkedHashMap<>();
    List<Group> groups = new ArrayList<>();
    for (int k = 0; k < footprints.size(); k++) {
      int[] slots = footprints.get(k);
      if (slots == null) {
        continue;
      }
      TreeSet<String> rows = new TreeSet<>();
      for (int s : slots) {
        StateVar var = layout.model().vars().get(layout.var(s));
        if (!var.index().isEmpty() && var.index().get(0) instanceof Type.KindType kt) {
          rows.add(kt.kind() + "#" + layout.index(s)[0]);
        }
      }
      String name = String.join(",", rows);
      Group g = byRows.get(name);
      TreeSet<Integer> union = new TreeSet<>(g == null ? List.of() : g.slots);
      for (int s : slots) {
        union.add(s);
      }
      int width = KeyReader.width(codec, union.stream().mapToInt(Integer::intValue).toArray());
      if (g == null || width > MAX_KEY_BITS) {
        g = new Group();
        byRows.put(name, g);
        groups.add(g);
        union = new TreeSet<>();
        for (int s : slots) {
          union.add(s);
        }
        width = KeyReader.width(codec, slots);
      }
      g.slots.clear();
      g.slots.addAll(union);
      g.width = width;
      g.steps.add(k);
    }
    return groups;
  }

  /** The bindings of action {@code a} in transition order (the last parameter fastest); none if too many. */
  private static List<int[]> bindings(Interpreter interpreter, int a) {
    int n = interpreter.paramCount(a);
    long count = 1;
    for (int p = 0; p < n; p++) {
      count *= interpreter.paramSize(a, p);
      if (count > MAX_BINDINGS) {
        return List.of();
      }
    }
    List<int[]> out = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      int[] binding = new int[n];
      long rest = i;
      for (int p = n - 1; p >= 0; p--) {
        int size = interpreter.paramSize(a, p);
        binding[p] = interpreter.paramMin(a, p) + (int) (rest % size);
        rest /= size;
      }
      out.add(binding);
    }
    return out;
  }
}
