package dev.rundown.explore;

import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.TransitionSink;
import dev.rundown.semantics.TransitionView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link Expander} of a compiled model, with a memo of binding effects. When the interpreter knows the
 * footprint of a binding (the slots it reads and writes), the binding's transitions in a state are a function
 * of those slots' packed bits, its key: they are computed by the interpreter once per key and then replayed
 * as XOR masks on the packed words, so that a disabled binding costs one table load. Other bindings run the
 * interpreter. Same transitions, in the same order, as {@link Interpreter#successors}. Memory is bounded
 * ({@link #TABLE_BUDGET} table entries, {@link #POOL_BUDGET} pool words; past the pool budget, new keys run
 * the interpreter uncached) and every decision is deterministic. Not thread-safe.
 */
final class MemoExpander implements Expander, TransitionSink {
  /** Widest key of a memoised binding (its table has 2^bits entries). */
  static final int MAX_KEY_BITS = 16;
  /** Actions with more bindings run the interpreter for all of them. */
  static final int MAX_BINDINGS = 1 << 12;
  /** Table entries (ints) over all memoised bindings. */
  static final long TABLE_BUDGET = 1 << 21;
  /** Words (longs) of recorded transitions. */
  static final int POOL_BUDGET = 1 << 21;

  private static final int UNKNOWN = 0;
  private static final int DISABLED = 1;
  private static final long NOT_MEMOISED = -1;
  /** Marks a spec whose key is read by its runs (more than two, or words beyond the spec's reach). */
  private static final long BY_RUNS = 1L << 62;
  /** The header of the commonest transition: a next state differing in one word, no violation. */
  private static final long ONE_DELTA = (1L << 32) | (1L << 16);

  private final Interpreter interpreter;
  private final StateCodec codec;
  private final int words;
  /** Per action: run the interpreter for all its bindings at once. */
  private final boolean[] whole;
  /** Per action: its bindings are {@code firstBinding[a]..firstBinding[a+1]-1}, in transition order. */
  private final int[] firstBinding;
  /** Per binding: arguments, and how to read its key: {@link #NOT_MEMOISED}, a packed two-run spec, or runs. */
  private final int[][] bindingArgs;
  private final long[] keySpec;
  /** Per binding: where its entries start in {@link #table}. */
  private final int[] tableBase;
  /** Per binding read by runs: its key runs are {@code runStart[b]..runStart[b+1]-1}. */
  private final int[] runStart;
  /** Per key run: a field of contiguous bits of one word, placed at {@code runOut} in the key. */
  private final int[] runWord;
  private final int[] runShift;
  private final long[] runMask;
  private final int[] runOut;
  /**
   * Per memoised binding and key: UNKNOWN, DISABLED (no transition) or the pool index of its transitions: a
   * count, then per transition a header (violation count, bits 0-15; delta count, bits 16-31; has a next
   * state, bit 32), the violated properties, and (word, XOR mask) pairs.
   */
  private final int[] table;
  private long[] pool = new long[1 << 10];
  private int poolSize = 2;

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
    this.interpreter = interpreter;
    this.codec = codec;
    this.words = codec.words();
    this.state = new int[interpreter.layout().size()];
    this.scratch = new long[words];
    this.violated = new int[interpreter.propertyCount() + 1];
    int actions = interpreter.actionCount();
    whole = new boolean[actions];
    firstBinding = new int[actions + 1];
    List<int[]> args = new ArrayList<>();
    List<Long> specs = new ArrayList<>();
    List<Integer> bases = new ArrayList<>();
    List<int[]> runs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    long budget = TABLE_BUDGET;
    int tableSize = 2;
    for (int a = 0; a < actions; a++) {
      firstBinding[a] = args.size();
      List<int[]> bindings = bindings(a);
      int mark = args.size();
      boolean any = false;
      for (int[] binding : bindings == null ? List.<int[]>of() : bindings) {
        int[] slots = interpreter.footprint(a, binding);
        int width = slots == null ? MAX_KEY_BITS + 1 : keyWidth(slots);
        boolean memo = width <= MAX_KEY_BITS && (1L << width) <= budget;
        args.add(binding);
        starts.add(runs.size());
        bases.add(tableSize);
        if (memo) {
          budget -= 1L << width;
          tableSize += 1 << width;
          any = true;
          int first = runs.size();
          addRuns(slots, runs);
          specs.add(spec(runs.subList(first, runs.size())));
        } else {
          specs.add(NOT_MEMOISED);
        }
      }
      if (!any) {
        whole[a] = true;
        while (args.size() > mark) {
          args.remove(args.size() - 1);
          specs.remove(specs.size() - 1);
          bases.remove(bases.size() - 1);
          starts.remove(starts.size() - 1);
        }
      }
    }
    firstBinding[actions] = args.size();
    starts.add(runs.size());
    bindingArgs = args.toArray(new int[0][]);
    keySpec = specs.stream().mapToLong(Long::longValue).toArray();
    tableBase = bases.stream().mapToInt(Integer::intValue).toArray();
    runStart = starts.stream().mapToInt(Integer::intValue).toArray();
    runWord = runs.stream().mapToInt(r -> r[0]).toArray();
    runShift = runs.stream().mapToInt(r -> r[1]).toArray();
    runMask = runs.stream().mapToLong(r -> (1L << r[2]) - 1).toArray();
    runOut = runs.stream().mapToInt(r -> r[3]).toArray();
    table = new int[tableSize];
  }

  /**
   * A key of at most two runs as one long of 6-bit fields (each shift count reads just its own): the first
   * run's shift and width, the second's shift, width and place in the key, then the two words (16 bits each);
   * otherwise {@link #BY_RUNS}.
   */
  private static long spec(List<int[]> runs) {
    if (runs.size() > 2 || runs.stream().anyMatch(r -> r[0] > 0xFFFF)) {
      return BY_RUNS;
    }
    long spec = 0;
    if (runs.size() > 0) {
      int[] r = runs.get(0);
      spec |= r[1] | (long) r[2] << 6 | (long) r[0] << 30;
    }
    if (runs.size() > 1) {
      int[] r = runs.get(1);
      spec |= (long) r[1] << 12 | (long) r[2] << 18 | (long) r[3] << 24 | (long) r[0] << 46;
    }
    return spec;
  }

  /** The bindings of action {@code a} in transition order (the last parameter fastest), or null if too many. */
  private List<int[]> bindings(int a) {
    int n = interpreter.paramCount(a);
    long count = 1;
    for (int p = 0; p < n; p++) {
      count *= interpreter.paramSize(a, p);
      if (count > MAX_BINDINGS) {
        return null;
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

  private int keyWidth(int[] slots) {
    int width = 0;
    for (int s : slots) {
      width += codec.bits(s);
    }
    return width;
  }

  /** Appends the runs of a key over {@code slots} (sorted): adjacent fields of one word merge into one run. */
  private void addRuns(int[] slots, List<int[]> runs) {
    int out = 0;
    int[] last = null;
    for (int s : slots) {
      int bits = codec.bits(s);
      if (bits == 0) {
        continue;
      }
      if (last != null && last[0] == codec.word(s) && last[1] + last[2] == codec.shift(s)) {
        last[2] += bits;
      } else {
        last = new int[] {codec.word(s), codec.shift(s), bits, out};
        runs.add(last);
      }
      out += bits;
    }
  }

  @Override
  public void expand(long[] packed, PackedSink sink) {
    this.packed = packed;
    this.out = sink;
    this.unpacked = false;
    System.arraycopy(packed, 0, scratch, 0, words);
    for (int a = 0; a < whole.length; a++) {
      if (whole[a]) {
        interpreter.actionSuccessors(a, unpacked(), this);
        continue;
      }
      int end = firstBinding[a + 1];
      for (int b = firstBinding[a]; b < end; b++) {
        long spec = keySpec[b];
        if (spec == NOT_MEMOISED) {
          interpreter.bindingSuccessors(a, bindingArgs[b], unpacked(), this);
          continue;
        }
        int key;
        if (spec != BY_RUNS) {
          long first = (packed[(int) (spec >>> 30) & 0xFFFF] >>> spec) & ~(-1L << (spec >>> 6));
          long second = (packed[(int) (spec >>> 46) & 0xFFFF] >>> (spec >>> 12)) & ~(-1L << (spec >>> 18));
          key = (int) first | (int) second << (spec >>> 24);
        } else {
          key = keyByRuns(b, packed);
        }
        int slot = tableBase[b] + key;
        int e = table[slot];
        if (e > DISABLED) {
          replay(pool, e);
        } else if (e == UNKNOWN) {
          fill(a, b, slot);
        }
      }
    }
    this.out = null;
  }

  private int keyByRuns(int b, long[] packed) {
    int key = 0;
    for (int r = runStart[b], last = runStart[b + 1]; r < last; r++) {
      key |= (int) ((packed[runWord[r]] >>> runShift[r]) & runMask[r]) << runOut[r];
    }
    return key;
  }

  private int[] unpacked() {
    if (!unpacked) {
      codec.unpack(packed, 0, state);
      unpacked = true;
    }
    return state;
  }

  /** Records the transitions of binding {@code b} under {@code key}, stores them if the pool has room, reports them. */
  private void fill(int a, int b, int slot) {
    recording = true;
    record[0] = 0;
    recordSize = 1;
    interpreter.bindingSuccessors(a, bindingArgs[b], unpacked(), this);
    recording = false;
    if (record[0] == 0) {
      table[slot] = DISABLED;
      return;
    }
    if (poolSize + recordSize <= POOL_BUDGET) {
      if (poolSize + recordSize > pool.length) {
        pool = Arrays.copyOf(pool, Math.min(POOL_BUDGET, Math.max(pool.length * 2, poolSize + recordSize)));
      }
      System.arraycopy(record, 0, pool, poolSize, recordSize);
      table[slot] = poolSize;
      poolSize += recordSize;
    }
    replay(record, 0);
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
