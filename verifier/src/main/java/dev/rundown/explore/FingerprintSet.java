package dev.rundown.explore;

/**
 * A set of 64-bit fingerprints in one open-addressing table with linear probing; state identity is the
 * fingerprint, so two states that share one count as one (the risk the exact mode measures).
 * Not thread-safe. Grows by doubling above a 0.6 load factor; 8 bytes a slot.
 */
final class FingerprintSet implements VisitedSet {
  /** Marks an empty slot; a fingerprint equal to it is stored as {@link #ZERO}. */
  private static final long EMPTY = 0;

  private static final long ZERO = 0x6A09E667F3BCC908L;

  private long[] table;
  private int mask;
  private long size;
  private long threshold;

  FingerprintSet() {
    resize(1 << 16);
  }

  @Override
  public boolean add(long fp, long[] packed) {
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
