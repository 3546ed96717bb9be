package dev.rundown.explore;

import java.util.Arrays;

/**
 * Orders a batch of fingerprints by the top {@link #TOP} bits of their home slot in a table of 2^bits slots
 * (the fingerprint's low bits), so that a batch lookup goes through the table region by region, each small
 * enough for the caches and the TLB, instead of missing them at random: one stable scatter into buckets
 * (batch order within each), each fingerprint with its position in the batch. Not thread-safe; buffers are
 * reused.
 */
final class SlotSorter {
  private static final int TOP = 8;

  /** The batch by bucket: bucket {@code b} is {@code sorted[start(b)..start(b+1))}, with positions in {@code index}. */
  long[] sorted = new long[0];
  int[] index = new int[0];
  private final int[] starts = new int[(1 << TOP) + 1];
  private int bits;
  private int top;

  /**
   * Scatters the entries ({@link FingerprintSet#stored}) of {@code fps[0..count)} into buckets by the top bits
   * of their slot in a table of 2^bits slots.
   */
  void scatter(long[] fps, int count, int bits) {
    this.bits = bits;
    this.top = Math.min(TOP, bits);
    if (sorted.length < count) {
      sorted = new long[Math.max(count, sorted.length * 2)];
      index = new int[sorted.length];
    }
    Arrays.fill(starts, 0);
    for (int k = 0; k < count; k++) {
      starts[bucket(FingerprintSet.stored(fps[k])) + 1]++;
    }
    for (int b = 0; b < buckets(); b++) {
      starts[b + 1] += starts[b];
    }
    int[] next = Arrays.copyOf(starts, buckets());
    for (int k = 0; k < count; k++) {
      long fp = FingerprintSet.stored(fps[k]);
      int at = next[bucket(fp)]++;
      sorted[at] = fp;
      index[at] = k;
    }
  }

  int buckets() {
    return 1 << top;
  }

  /** Where bucket {@code b} starts in {@link #sorted} (bucket {@code buckets()} is the end). */
  int start(int b) {
    return starts[b];
  }

  /** The bucket of a fingerprint: the top bits of its slot. */
  int bucket(long fp) {
    return ((int) fp & ((1 << bits) - 1)) >>> (bits - top);
  }
}
