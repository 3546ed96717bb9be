package dev.rundown.explore;

import dev.rundown.semantics.Interpreter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link InvariantCheck} of a compiled model, with a memo: an invariant {@code all x: T | body} whose body
 * has a footprint per value of {@code x} ({@link Interpreter#instanceCount}) is decided one value at a time,
 * by a table per value keyed by the packed bits of its footprint, filled by the interpreter on first use. The
 * other invariants are evaluated by the interpreter on the unpacked state. Memory is bounded ({@link
 * #TABLE_BUDGET} entries; invariants beyond it are evaluated); deterministic; not thread-safe.
 */
final class InvariantMemo implements InvariantCheck {
  static final int TABLE_BUDGET = 1 << 20;

  private static final byte UNKNOWN = 0;
  private static final byte HOLDS = 1;
  private static final byte FAILS = 2;

  private final Interpreter interpreter;
  private final StateCodec codec;
  private final int[] invariants;
  /** Per invariant: its values are keys {@code first[i]..first[i+1]-1}, none when it is evaluated whole. */
  private final int[] first;
  private final KeyReader keys;
  private final byte[][] tables;
  private final int[] state;

  InvariantMemo(Interpreter interpreter, StateCodec codec) {
    this.interpreter = interpreter;
    this.codec = codec;
    this.invariants = interpreter.invariants();
    this.first = new int[invariants.length + 1];
    this.state = new int[interpreter.layout().size()];
    List<int[]> slotSets = new ArrayList<>();
    long budget = TABLE_BUDGET;
    for (int i = 0; i < invariants.length; i++) {
      first[i] = slotSets.size();
      int p = invariants[i];
      List<int[]> sets = new ArrayList<>();
      long cost = 0;
      for (int v = 0; v < interpreter.instanceCount(p); v++) {
        int[] slots = interpreter.instanceFootprint(p, v);
        int width = KeyReader.width(codec, slots);
        cost += width <= MemoPlan.MAX_KEY_BITS ? 1L << width : Long.MAX_VALUE / 4;
        sets.add(slots);
      }
      if (!sets.isEmpty() && cost <= budget) {
        budget -= cost;
        slotSets.addAll(sets);
      }
    }
    first[invariants.length] = slotSets.size();
    this.keys = new KeyReader(codec, slotSets);
    this.tables = new byte[slotSets.size()][];
    for (int j = 0; j < tables.length; j++) {
      tables[j] = new byte[1 << keys.width(j)];
    }
  }

  @Override
  public int violations(long[] packed, int offset, int[] out) {
    boolean unpacked = false;
    boolean illDefined = false;
    int count = 0;
    for (int i = 0; i < invariants.length; i++) {
      int p = invariants[i];
      if (first[i] == first[i + 1]) {
        if (!unpacked) {
          codec.unpack(packed, offset, state);
          unpacked = true;
        }
        int holds = interpreter.holds(p, state);
        if (holds < 0) {
          illDefined = true;
        } else if (holds == 0) {
          out[count++] = p;
        }
        continue;
      }
      for (int j = first[i]; j < first[i + 1]; j++) {
        int key = keys.key(j, packed, offset);
        byte known = tables[j][key];
        if (known == UNKNOWN) {
          if (!unpacked) {
            codec.unpack(packed, offset, state);
            unpacked = true;
          }
          known = interpreter.instanceHolds(p, j - first[i], state) ? HOLDS : FAILS;
          tables[j][key] = known;
        }
        if (known == FAILS) {
          out[count++] = p;
          break;
        }
      }
    }
    if (illDefined) {
      out[count++] = interpreter.wellDefinedProperty();
    }
    return count;
  }
}
