package dev.rundown.explore;

/**
 * Packs an {@code int[]} state into {@code long} words, each slot taking just the bits of its domain size
 * (a slot never straddles two words; slots are laid out in a given order), and back. Immutable; thread-safe. Packing trusts that every slot
 * value lies in its domain (the interpreter range-checks every write).
 */
final class StateCodec {
  private final int[] word;
  private final int[] shift;
  private final int[] min;
  private final long[] mask;
  private final int words;

  StateCodec(TransitionSystem system) {
    this(system, identity(system.slotCount()));
  }

  /**
   * Packs the slots in the given order (a permutation of the slot numbers): slots adjacent in it share a word
   * and lie side by side, as long as they fit.
   */
  StateCodec(TransitionSystem system, int[] order) {
    int n = system.slotCount();
    word = new int[n];
    shift = new int[n];
    min = new int[n];
    mask = new long[n];
    int w = 0;
    int used = 0;
    for (int s : order) {
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

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int s = 0; s < n; s++) {
      order[s] = s;
    }
    return order;
  }

  /** Words per packed state (at least one). */
  int words() {
    return words;
  }

  /** The word that holds slot {@code slot}. */
  int word(int slot) {
    return word[slot];
  }

  /** The position of slot {@code slot}'s lowest bit in its word. */
  int shift(int slot) {
    return shift[slot];
  }

  /** The number of bits of slot {@code slot} (0 for a slot with one value). */
  int bits(int slot) {
    return Long.bitCount(mask[slot]);
  }

  /** Packs {@code state} into {@code out[offset..offset+words)}. */
  void pack(int[] state, long[] out, int offset) {
    int[] word = this.word;
    int[] shift = this.shift;
    int[] min = this.min;
    for (int w = 0; w < words; w++) {
      out[offset + w] = 0;
    }
    for (int s = 0; s < word.length; s++) {
      out[offset + word[s]] |= (long) (state[s] - min[s]) << shift[s];
    }
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
    for (int s = 0; s < word.length; s++) {
      out[s] = (int) ((in[offset + word[s]] >>> shift[s]) & mask[s]) + min[s];
    }
  }

  /**
   * A seeded 64-bit fingerprint of packed words {@code packed[offset..offset+words)}: for one word, a bijective
   * mix (SplitMix64's finalizer), so one-word states never share one; for more, xxHash64's round.
   */
  static long fingerprint(long[] packed, int offset, int words) {
    if (words == 1) {
      long z = packed[offset] ^ SEED;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
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
