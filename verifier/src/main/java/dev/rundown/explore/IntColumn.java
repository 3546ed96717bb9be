package dev.rundown.explore;

import java.util.Arrays;

/**
 * A growable array of ints indexed by state number, kept in fixed-size chunks so that growing never copies
 * (nor leaves large garbage behind). Not thread-safe.
 */
final class IntColumn {
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private int[][] chunks = new int[16][];
  private int[] last;
  private int size;

  void add(int v) {
    int offset = size & (CHUNK - 1);
    if (offset == 0) {
      int c = size >>> CHUNK_BITS;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      last = new int[CHUNK];
      chunks[c] = last;
    }
    last[offset] = v;
    size++;
  }

  int get(int index) {
    return chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
  }

  int size() {
    return size;
  }
}
