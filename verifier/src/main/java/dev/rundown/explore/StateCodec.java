package dev.rundown.explore;

/**
 * Packs an {@code int[]} state into {@code long} words, each slot taking just the bits of its domain size
 * (a slot never straddles two words), and back. Immutable; thread-safe. Packing trusts that every slot
 * value lies in its domain (the interpreter range-checks every write).
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

  /** Packs {@code state} into {@code out[offset..offset+words)}. */
  void pack(int[] state, long[] out, int offset) {
    int[] word = this.word;
    int[] shift = this.shift;
    int[] min = this.min;
    long acc = 0;
    int w = 0;
    for (int s = 0; s < word.length; s++) {
      if (word[s] != w) {
        out[offset + w] = acc;
        acc = 0;
        w = word[s];
      }
      acc |= (long) (state[s] - min[s]) << shift[s];
    }
    out[offset + w] = acc;
  }

  /** Sets slot {@code slot} of the packed state at {@code out[offset..]} to its value in {@code state}. */
  void repack(int[] state, int slot, long[] out, int offset) {
    int w = offset + word[slot];
    out[w] = (out[w] & ~(mask[slot] << shift[slot])) | ((long) (state[slot] - min[slot]) << shift[slot]);
  }

  void unpack(long[] in, int offset, int[] out) {
    int[] word = this.word;
    int[] shift = this.shift;
    int[] min = this.min;
    long[] mask = this.mask;
    int w = 0;
    long bits = in[offset];
    for (int s = 0; s < word.length; s++) {
      if (word[s] != w) {
        w = word[s];
        bits = in[offset + w];
      }
      out[s] = (int) ((bits >>> shift[s]) & mask[s]) + min[s];
    }
  }

  /** A seeded 64-bit fingerprint of packed words {@code packed[offset..offset+words)} (xxHash64's round). */
  static long fingerprint(long[] packed, int offset, int words) {
    long h = SEED + P5 + words * 8L;
    for (int i = offset; i < offset + words; i++) {
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
