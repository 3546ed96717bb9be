package dev.rundown.explore;

import java.util.Arrays;

/**
 * Orders a batch of fingerprints by their home slot in a table of 2^bits slots (the fingerprint's low bits),
 * so that a batch lookup sweeps the table in order instead of missing the caches and the TLB at random. One
 * scatter by the slot's top {@link #TOP} bits puts the batch into buckets (in batch order within each), then
 * each bucket, small enough for the caches, is sorted by the rest of the slot on demand. Both steps are
 * stable: equal fingerprints stay in batch order. Not thread-safe; buffers are reused.
 */
final class SlotSorter {
  private static final int TOP = 8;
  private static final int DIGIT = 8;
  private static final int DIGIT_MASK = (1 << DIGIT) - 1;

  /** The batch by bucket: bucket {@code b} is {@code sorted[start(b)..start(b+1))}. */
  long[] sorted = new long[0];
  private final int[] starts = new int[(1 << TOP) + 1];
  private final int[] counts = new int[1 << DIGIT];
  private int bits;
  private int top;
  /** Within the bucket sorted last: each fingerprint's rank in batch order within the bucket. */
  private int[] rank = new int[0];
  private long[] spare = new long[0];
  private int[] spareRank = new int[0];

  /** Scatters {@code fps[0..count)} into buckets by the top bits of their slot in a table of 2^bits slots. */
  void scatter(long[] fps, int count, int bits) {
    this.bits = bits;
    this.top = Math.min(TOP, bits);
    if (sorted.length < count) {
      sorted = new long[Math.max(count, sorted.length * 2)];
    }
    Arrays.fill(starts, 0);
    for (int k = 0; k < count; k++) {
      starts[bucket(fps[k]) + 1]++;
    }
    for (int b = 0; b < buckets(); b++) {
      starts[b + 1] += starts[b];
    }
    int[] next = Arrays.copyOf(starts, buckets());
    for (int k = 0; k < count; k++) {
      long fp = fps[k];
      sorted[next[bucket(fp)]++] = fp;
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

  /**
   * Sorts bucket {@code b} by the rest of the slot (stable, least significant digit first) and returns the
   * ranks: {@code rank[i]} is the position in batch order, within the bucket, of {@code sorted[start(b)+i]}.
   */
  int[] sortBucket(int b) {
    int from = starts[b];
    int n = starts[b + 1] - from;
    if (rank.length < n) {
      int capacity = Math.max(n, rank.length * 2);
      rank = new int[capacity];
      spareRank = new int[capacity];
      spare = new long[capacity];
    }
    for (int i = 0; i < n; i++) {
      rank[i] = i;
    }
    int rest = bits - top;
    for (int shift = 0; shift < rest; shift += DIGIT) {
      int digit = Math.min(DIGIT_MASK, (1 << (rest - shift)) - 1);
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) (sorted[from + i] >>> shift) & digit]++;
      }
      int sum = 0;
      for (int d = 0; d <= digit; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long fp = sorted[from + i];
        int at = counts[(int) (fp >>> shift) & digit]++;
        spare[at] = fp;
        spareRank[at] = rank[i];
      }
      System.arraycopy(spare, 0, sorted, from, n);
      int[] r = rank;
      rank = spareRank;
      spareRank = r;
    }
    return rank;
  }
}
