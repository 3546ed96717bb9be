package dev.rundown.explore;

/**
 * Packs an {@code int[]} state into {@code long} words, each slot taking just the bits of its domain size
 * (a slot never straddles two words), and back. Immutable; thread-safe.
 */
final class StateCodec {
  private final int[] word;
  private final int[] shift;
  private final int[] min;
  private final long[] mask;
  private final int words;

  StateCodec(TransitionSystem system) {
    int n = system.slotCount();
    word = new int[n];
    shift = new int[n];
    min = new int[n];
    mask = new long[n];
    int w = 0;
    int used = 0;
    for (int s = 0; s < n; s++) {
      int size = system.slotSize(s);
      int bits = size <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(size - 1L);
      if (used + bits > 64) {
        w++;
        used = 0;
      }
      word[s] = w;
      shift[s] = used;
      min[s] = system.slotMin(s);
      mask[s] = bits == 0 ? 0 : (1L << bits) - 1;
      used += bits;
    }
    words = Math.max(1, w + 1);
  }

  /** Words per packed state (at least one). */
  int words() {
    return words;
  }

  void pack(int[] state, long[] out) {
    for (int w = 0; w < words; w++) {
      out[w] = 0;
    }
    for (int s = 0; s < state.length; s++) {
      out[word[s]] |= ((long) (state[s] - min[s]) & mask[s]) << shift[s];
    }
  }

  void unpack(long[] in, int offset, int[] out) {
    for (int s = 0; s < out.length; s++) {
      out[s] = (int) ((in[offset + word[s]] >>> shift[s]) & mask[s]) + min[s];
    }
  }

  /** A seeded 64-bit fingerprint of {@code words} packed words (xxHash64's word round and avalanche). */
  static long fingerprint(long[] packed, int words) {
    long h = SEED + P5 + words * 8L;
    for (int i = 0; i < words; i++) {
      long k = packed[i] * P2;
      k = Long.rotateLeft(k, 31) * P1;
      h ^= k;
      h = Long.rotateLeft(h, 27) * P1 + P4;
    }
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    h ^= h >>> 32;
    return h;
  }

  private static final long SEED = 0x5DEECE66DL;
  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;
}
