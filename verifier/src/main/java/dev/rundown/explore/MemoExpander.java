package dev.rundown.explore;

import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.TransitionSink;
import dev.rundown.semantics.TransitionView;
import java.util.Arrays;

/**
 * The {@link Expander} of a compiled model, with a memo of binding effects. When the interpreter knows the
 * footprint of a binding (the slots it reads and writes), the binding's transitions in a state are a function
 * of those slots' packed bits: they are computed by the interpreter once per key and then replayed as XOR
 * masks on the packed words. Bindings are memoised in groups sharing a key ({@link MemoPlan}); per group and
 * key a mask says which of its steps may have transitions, so that a state costs a few key reads and one
 * visit per such step. Other bindings and actions run the interpreter. Same transitions, in the same order,
 * as {@link Interpreter#successors}. Memory is bounded ({@link MemoPlan#TABLE_BUDGET} entries, {@link
 * #POOL_BUDGET} pool words, past which new keys run the interpreter uncached); deterministic; not thread-safe.
 */
final class MemoExpander implements Expander, TransitionSink {
  /** Words (longs) of recorded transitions. */
  static final int POOL_BUDGET = 1 << 21;
  /** Tables with at most this many entries in all are filled when the expander is made. */
  static final int PREFILL_BUDGET = 1 << 16;

  private static final int UNKNOWN = 0;
  private static final int DISABLED = 1;
  /** The header of the commonest transition: a next state differing in one word, no violation. */
  private static final long ONE_DELTA = (1L << 32) | (1L << 16);

  private final int poolBudget;
  private final Interpreter interpreter;
  private final StateCodec codec;
  private final MemoPlan plan;
  private final int words;
  /**
   * Per group and key, a row with an entry per step of the group: UNKNOWN, DISABLED (no transition) or the
   * pool index of its transitions: a count, then per transition a header (violation count, bits 0-15; delta
   * count, bits 16-31; has a next state, bit 32), the violated properties, and (word, XOR mask) pairs.
   */
  private final int[] table;
  private long[] pool = new long[1 << 10];
  private int poolSize = 2;

  /**
   * Per group and key, the steps that may have transitions (a bit per step): all of the group's steps until
   * found disabled under that key.
   */
  private final long[] masks;
  /** For the state being expanded: each group's key and row of entries, and the steps to visit. */
  private final int[] groupKeys;
  private final int[] groupRows;
  private final long[] visit;
  private final int[] state;
  private final long[] scratch;
  private final int[] violated;
  private long[] packed;
  private PackedSink out;
  private boolean unpacked;
  /** While filling an entry, transitions are appended to {@code record} instead of being reported. */
  private boolean recording;
  private long[] record = new long[64];
  private int recordSize;

  MemoExpander(Interpreter interpreter, StateCodec codec) {
    this(interpreter, codec, PREFILL_BUDGET, POOL_BUDGET);
  }

  /** With other budgets (tests use them to reach the lazy and uncached paths). */
  MemoExpander(Interpreter interpreter, StateCodec codec, int prefillBudget, int poolBudget) {
    this.poolBudget = poolBudget;
    this.interpreter = interpreter;
    this.codec = codec;
    this.plan = new MemoPlan(interpreter, codec);
    this.words = codec.words();
    this.table = new int[plan.tableSize];
    int w = plan.maskWords;
    this.masks = new long[plan.maskKeys * w];
    for (int g = 0; g < plan.groups(); g++) {
      for (int key = plan.maskBase[g]; key < plan.maskBase[g] + (1 << plan.width[g]); key++) {
        System.arraycopy(plan.stepMask[g], 0, masks, key * w, w);
      }
    }
    this.groupKeys = new int[plan.groups()];
    this.groupRows = new int[plan.groups()];
    this.visit = new long[w];
    this.state = new int[interpreter.layout().size()];
    this.scratch = new long[words];
    this.violated = new int[interpreter.propertyCount() + 1];
    if (plan.tableSize <= prefillBudget) {
      prefill();
    }
  }

  /**
   * Fills every entry whose key stands for slot values within their domains (the others never occur), so
   * that exploring never has to: a step's transitions depend on its footprint alone, so any state with
   * those values will do (the other slots are left at their smallest values).
   */
  private void prefill() {
    long[] keyed = new long[words];
    for (int g = 0; g < plan.groups(); g++) {
      for (int key = 0; key < 1 << plan.width[g]; key++) {
        plan.keys.decode(g, key, keyed);
        if (!inDomains(plan.slots[g], keyed)) {
          continue;
        }
        packed = keyed;
        unpacked = false;
        System.arraycopy(keyed, 0, scratch, 0, words);
        int row = plan.entryBase[g] + key * plan.rowLength[g];
        for (int w = 0; w < plan.maskWords; w++) {
          for (long bits = plan.stepMask[g][w]; bits != 0; bits &= bits - 1) {
            int k = (w << 6) + Long.numberOfTrailingZeros(bits);
            fill(k, row + plan.place[k], false);
            if (table[row + plan.place[k]] == DISABLED) {
              masks[(plan.maskBase[g] + key) * plan.maskWords + w] &= ~(1L << k);
            }
          }
        }
      }
    }
    packed = null;
  }

  /** Whether the packed values of {@code slots} in {@code keyed} lie in their domains. */
  private boolean inDomains(int[] slots, long[] keyed) {
    codec.unpack(keyed, 0, state);
    for (int s : slots) {
      if (state[s] - interpreter.layout().slotMin(s) >= interpreter.layout().slotSize(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads each group's key and collects the steps that may have transitions (the groups' masks under their
   * keys, and the steps that are not memoised), then visits them in order.
   */
  @Override
  public void expand(long[] packed, PackedSink sink) {
    this.packed = packed;
    this.out = sink;
    this.unpacked = false;
    for (int w = 0; w < words; w++) {
      scratch[w] = packed[w];
    }
    MemoPlan plan = this.plan;
    int maskWords = plan.maskWords;
    long[] visit = this.visit;
    long[] masks = this.masks;
    int[] keys = groupKeys;
    int[] rows = groupRows;
    for (int w = 0; w < maskWords; w++) {
      visit[w] = plan.always[w];
    }
    for (int g = 0; g < keys.length; g++) {
      int key = plan.keys.key(g, packed, 0);
      keys[g] = key;
      rows[g] = plan.entryBase[g] + key * plan.rowLength[g];
      int at = (plan.maskBase[g] + key) * maskWords;
      for (int w = 0; w < maskWords; w++) {
        visit[w] |= masks[at + w];
      }
    }
    for (int w = 0; w < maskWords; w++) {
      long bits = visit[w];
      while (bits != 0) {
        int k = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (plan.kind[k] != MemoPlan.MEMO) {
          run(k);
          continue;
        }
        int g = plan.group[k];
        int slot = rows[g] + plan.place[k];
        int e = table[slot];
        if (e > DISABLED) {
          replay(pool, e);
        } else if (e == UNKNOWN) {
          fill(k, slot, true);
          if (table[slot] == DISABLED) {
            masks[(plan.maskBase[g] + keys[g]) * maskWords + w] &= ~(1L << k);
          }
        }
      }
    }
    this.out = null;
  }

  /** Runs step {@code k} on the interpreter, reporting its transitions at once. */
  private void run(int k) {
    int a = plan.action[k];
    if (plan.kind[k] == MemoPlan.ACTION) {
      interpreter.actionSuccessors(a, unpacked(), this);
    } else {
      interpreter.bindingSuccessors(a, plan.args[k], unpacked(), this);
    }
  }

  private int[] unpacked() {
    if (!unpacked) {
      codec.unpack(packed, 0, state);
      unpacked = true;
    }
    return state;
  }

  /**
   * Records the transitions of step {@code k} at table entry {@code slot}, keeps them if the pool has room,
   * and reports them if asked to.
   */
  private void fill(int k, int slot, boolean report) {
    recording = true;
    record[0] = 0;
    recordSize = 1;
    interpreter.bindingSuccessors(plan.action[k], plan.args[k], unpacked(), this);
    recording = false;
    if (record[0] == 0) {
      table[slot] = DISABLED;
      return;
    }
    if (poolSize + recordSize <= poolBudget) {
      if (poolSize + recordSize > pool.length) {
        pool = Arrays.copyOf(pool, Math.min(poolBudget, Math.max(pool.length * 2, poolSize + recordSize)));
      }
      System.arraycopy(record, 0, pool, poolSize, recordSize);
      table[slot] = poolSize;
      poolSize += recordSize;
    }
    if (report) {
      replay(record, 0);
    }
  }

  /** Reports the recorded transitions at {@code source[p..]}. */
  private void replay(long[] source, int p) {
    int n = (int) source[p++];
    long[] next = scratch;
    for (int t = 0; t < n; t++) {
      long header = source[p++];
      if (header == ONE_DELTA) {
        int w = (int) source[p];
        long x = source[p + 1];
        p += 2;
        next[w] ^= x;
        out.successor(next, violated, 0);
        next[w] ^= x;
        continue;
      }
      int v = (int) header & 0xFFFF;
      int d = (int) (header >>> 16) & 0xFFFF;
      for (int i = 0; i < v; i++) {
        violated[i] = (int) source[p++];
      }
      if ((header >>> 32) == 0) {
        out.successor(null, violated, v);
        continue;
      }
      for (int i = 0, q = p; i < d; i++, q += 2) {
        next[(int) source[q]] ^= source[q + 1];
      }
      out.successor(next, violated, v);
      for (int i = 0; i < d; i++, p += 2) {
        next[(int) source[p]] ^= source[p + 1];
      }
    }
  }

  /** A transition from the interpreter: recorded while filling an entry, else reported at once. */
  @Override
  public void transition(TransitionView t) {
    int[] next = t.next();
    if (next != null) {
      for (int i = 0; i < t.writtenCount(); i++) {
        codec.repack(next, t.written()[i], scratch, 0);
      }
    }
    if (!recording) {
      out.successor(next == null ? null : scratch, t.violated(), t.violatedCount());
      System.arraycopy(packed, 0, scratch, 0, words);
      return;
    }
    int v = t.violatedCount();
    if (recordSize + 1 + v + 2 * words > record.length) {
      record = Arrays.copyOf(record, Math.max(record.length * 2, recordSize + 1 + v + 2 * words));
    }
    int header = recordSize++;
    for (int i = 0; i < v; i++) {
      record[recordSize++] = t.violated()[i];
    }
    int d = 0;
    for (int w = 0; w < words; w++) {
      long x = scratch[w] ^ packed[w];
      if (x != 0) {
        record[recordSize++] = w;
        record[recordSize++] = x;
        scratch[w] = packed[w];
        d++;
      }
    }
    record[header] = v | ((long) d << 16) | (next == null ? 0 : 1L << 32);
    record[0]++;
  }
}
