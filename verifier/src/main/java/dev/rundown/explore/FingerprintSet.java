package dev.rundown.explore;

import java.util.Arrays;

/**
 * A set of 64-bit fingerprints in one open-addressing table with linear probing; state identity is the
 * fingerprint, so two states that share one count as one (the risk the exact mode measures).
 * Not thread-safe. Grows by doubling above a 0.6 load factor; 8 bytes a slot.
 *
 * <p>A large batch is sorted by home slot (a stable radix sort on the slot's high bits) before it is looked
 * up, so that the probes sweep the table in order instead of missing the caches and the TLB at random.
 */
final class FingerprintSet implements VisitedSet {
  /** Marks an empty slot; a fingerprint equal to it is stored as {@link #ZERO}. */
  private static final long EMPTY = 0;

  private static final long ZERO = 0x6A09E667F3BCC908L;
  /** Smaller batches are added one by one. */
  private static final int SORT_MIN = 1 << 12;
  /** A batch is sorted by this many high bits of the home slot, {@link #DIGIT} bits a pass. */
  private static final int SORT_BITS = 16;
  private static final int DIGIT = 8;
  private static final int DIGIT_MASK = (1 << DIGIT) - 1;

  private long[] table;
  private int mask;
  private long size;
  private long threshold;
  private long[] sorted = new long[0];
  private long[] sortedSpare = new long[0];
  private int[] order = new int[0];
  private int[] orderSpare = new int[0];
  private final int[][] counts = new int[(SORT_BITS + DIGIT - 1) / DIGIT][1 << DIGIT];

  FingerprintSet() {
    resize(1 << 16);
  }

  @Override
  public boolean add(long fp, long[] packed, int offset) {
    long f = fp == EMPTY ? ZERO : fp;
    int i = (int) f & mask;
    while (true) {
      long t = table[i];
      if (t == EMPTY) {
        table[i] = f;
        if (++size > threshold) {
          resize(table.length * 2);
        }
        return true;
      }
      if (t == f) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  @Override
  public void addAll(long[] fps, long[] packed, int count, boolean[] fresh) {
    if (count < SORT_MIN) {
      for (int k = 0; k < count; k++) {
        fresh[k] = add(fps[k], packed, 0);
      }
      return;
    }
    while (size + count > threshold) {
      resize(table.length * 2);
    }
    sortBySlot(fps, count);
    long[] t = table;
    int m = mask;
    long[] f = sorted;
    int[] o = order;
    for (int k = 0; k < count; k++) {
      long fp = f[k];
      int i = (int) fp & m;
      while (true) {
        long e = t[i];
        if (e == EMPTY) {
          t[i] = fp;
          size++;
          fresh[o[k]] = true;
          break;
        }
        if (e == fp) {
          fresh[o[k]] = false;
          break;
        }
        i = (i + 1) & m;
      }
    }
  }

  /**
   * Leaves in {@link #sorted} the fingerprints {@code fps[0..count)} (EMPTY mapped to ZERO) ordered by the high
   * bits of their home slot, and in {@link #order} their positions in {@code fps}: a least-significant-digit
   * radix sort whose digit counts are all taken in one read. The sort is stable, so a fingerprint met twice
   * is first added at its first position.
   */
  private void sortBySlot(long[] fps, int count) {
    if (sorted.length < count) {
      int capacity = Math.max(count, sorted.length * 2);
      sorted = new long[capacity];
      sortedSpare = new long[capacity];
      order = new int[capacity];
      orderSpare = new int[capacity];
    }
    int bits = Integer.numberOfTrailingZeros(table.length);
    int low = Math.max(0, bits - SORT_BITS);
    int passes = (bits - low + DIGIT - 1) / DIGIT;
    for (int[] c : counts) {
      Arrays.fill(c, 0);
    }
    for (int k = 0; k < count; k++) {
      long fp = fps[k] == EMPTY ? ZERO : fps[k];
      for (int p = 0; p < passes; p++) {
        counts[p][(int) (fp >>> (low + p * DIGIT)) & DIGIT_MASK]++;
      }
    }
    for (int p = 0; p < passes; p++) {
      int shift = low + p * DIGIT;
      int[] c = counts[p];
      int sum = 0;
      for (int d = 0; d <= DIGIT_MASK; d++) {
        int n = c[d];
        c[d] = sum;
        sum += n;
      }
      long[] to = sortedSpare;
      int[] toOrder = orderSpare;
      if (p == 0) {
        for (int k = 0; k < count; k++) {
          long fp = fps[k] == EMPTY ? ZERO : fps[k];
          int at = c[(int) (fp >>> shift) & DIGIT_MASK]++;
          to[at] = fp;
          toOrder[at] = k;
        }
      } else {
        long[] from = sorted;
        int[] fromOrder = order;
        for (int k = 0; k < count; k++) {
          int at = c[(int) (from[k] >>> shift) & DIGIT_MASK]++;
          to[at] = from[k];
          toOrder[at] = fromOrder[k];
        }
      }
      sortedSpare = sorted;
      orderSpare = order;
      sorted = to;
      order = toOrder;
    }
    if (passes == 0) {
      for (int k = 0; k < count; k++) {
        sorted[k] = fps[k] == EMPTY ? ZERO : fps[k];
        order[k] = k;
      }
    }
  }

  @Override
  public long collisions() {
    return 0;
  }

  private void resize(int capacity) {
    if (capacity <= 0) {
      throw new OutOfMemoryError("fingerprint table is full");
    }
    long[] old = table;
    long[] fresh = new long[capacity];
    int m = capacity - 1;
    if (old != null) {
      for (long f : old) {
        if (f != EMPTY) {
          int i = (int) f & m;
          while (fresh[i] != EMPTY) {
            i = (i + 1) & m;
          }
          fresh[i] = f;
        }
      }
    }
    table = fresh;
    mask = m;
    threshold = (long) (capacity * 0.6);
  }
}
