package dev.rundown.explore;

import java.util.Arrays;

/**
 * A set of 64-bit fingerprints in one open-addressing table with linear probing; state identity is the
 * fingerprint, so two states that share one count as one (the risk the exact mode measures).
 * Not thread-safe. Grows by doubling above a 0.6 load factor; 8 bytes a slot.
 *
 * <p>A large batch is looked up region of the table by region ({@link SlotSorter}), so that the probes stay
 * within the caches' and the TLB's reach instead of missing them at random; it is added as if one by one.
 */
final class FingerprintSet implements VisitedSet {
  /** Marks an empty slot; a fingerprint equal to it is stored as {@link #ZERO}. */
  private static final long EMPTY = 0;

  private static final long ZERO = 0x6A09E667F3BCC908L;
  /** Smaller batches are added one by one. */
  private static final int SORT_MIN = 1 << 12;

  private long[] table;
  private int mask;
  private long size;
  private long threshold;
  private final SlotSorter sorter = new SlotSorter();

  FingerprintSet() {
    resize(1 << 16);
  }

  @Override
  public boolean add(long fp, long[] packed, int offset) {
    long f = stored(fp);
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
    Arrays.fill(fresh, 0, count, false);
    SlotSorter s = sorter;
    s.scatter(fps, count, Integer.numberOfTrailingZeros(table.length));
    long[] t = table;
    int m = mask;
    long[] f = s.sorted;
    int[] index = s.index;
    for (int k = 0; k < count; k++) {
      long fp = f[k];
      int i = (int) fp & m;
      while (true) {
        long e = t[i];
        if (e == EMPTY) {
          t[i] = fp;
          size++;
          fresh[index[k]] = true;
          break;
        }
        if (e == fp) {
          break;
        }
        i = (i + 1) & m;
      }
    }
  }

  /** The entry that stands for fingerprint {@code fp}: itself, or {@link #ZERO} for {@link #EMPTY}. */
  static long stored(long fp) {
    return fp == EMPTY ? ZERO : fp;
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
