package dev.rundown.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads keys out of packed states: key {@code i} is the concatenation of the packed bits of a set of slots,
 * taken in packing order, so that slots side by side in a word form one run of bits. A key of at most two
 * runs is read with a few shifts from one long of 6-bit fields (each shift count then reads just its own):
 * the first run's shift and width, the second's shift, width and place in the key, and the two runs' words
 * (16 bits each, from bit 30 and bit 46); wider keys loop over their runs. Immutable.
 */
final class KeyReader {
  /** Spec of a key read by its runs (more than two, or a word beyond the spec's reach). */
  static final long BY_RUNS = 1L << 62;

  private final long[] spec;
  private final int[] width;
  /** Per key: its runs are {@code runStart[i]..runStart[i+1]-1}. */
  private final int[] runStart;
  /** Per run: a field of contiguous bits of one word, placed at {@code runOut} in the key. */
  private final int[] runWord;
  private final int[] runShift;
  private final long[] runMask;
  private final int[] runOut;

  /** The keys over the given slot sets. */
  KeyReader(StateCodec codec, List<int[]> slotSets) {
    spec = new long[slotSets.size()];
    width = new int[slotSets.size()];
    runStart = new int[slotSets.size() + 1];
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < slotSets.size(); i++) {
      runStart[i] = runs.size();
      width[i] = addRuns(codec, slotSets.get(i), runs);
      spec[i] = spec(runs.subList(runStart[i], runs.size()));
    }
    runStart[slotSets.size()] = runs.size();
    runWord = runs.stream().mapToInt(r -> r[0]).toArray();
    runShift = runs.stream().mapToInt(r -> r[1]).toArray();
    runMask = runs.stream().mapToLong(r -> (1L << r[2]) - 1).toArray();
    runOut = runs.stream().mapToInt(r -> r[3]).toArray();
  }

  /** The number of bits of the key over {@code slots}. */
  static int width(StateCodec codec, int[] slots) {
    int width = 0;
    for (int s : slots) {
      width += codec.bits(s);
    }
    return width;
  }

  /** The width of key {@code i}. */
  int width(int i) {
    return width[i];
  }

  /** Whether key {@code i} is read run by run. */
  boolean byRuns(int i) {
    return spec[i] == BY_RUNS;
  }

  /** Key {@code i} of the packed state at {@code packed[offset..]}. */
  int key(int i, long[] packed, int offset) {
    long s = spec[i];
    if (s != BY_RUNS) {
      long first = (packed[offset + ((int) (s >>> 30) & 0xFFFF)] >>> s) & ~(-1L << (s >>> 6));
      long second = (packed[offset + ((int) (s >>> 46) & 0xFFFF)] >>> (s >>> 12)) & ~(-1L << (s >>> 18));
      return (int) first | (int) second << (s >>> 24);
    }
    int key = 0;
    for (int r = runStart[i], last = runStart[i + 1]; r < last; r++) {
      key |= (int) ((packed[offset + runWord[r]] >>> runShift[r]) & runMask[r]) << runOut[r];
    }
    return key;
  }

  /** Writes into {@code packed} (cleared first) the bits that key {@code key} of key {@code i} stands for. */
  void decode(int i, int key, long[] packed) {
    Arrays.fill(packed, 0);
    for (int r = runStart[i]; r < runStart[i + 1]; r++) {
      packed[runWord[r]] |= ((long) (key >>> runOut[r]) & runMask[r]) << runShift[r];
    }
  }

  /** Appends the runs of a key over {@code slots}; returns its width. */
  private static int addRuns(StateCodec codec, int[] slots, List<int[]> runs) {
    List<Integer> packed = new ArrayList<>();
    for (int s : slots) {
      packed.add(s);
    }
    packed.sort(Comparator.comparingInt((Integer s) -> codec.word(s)).thenComparingInt(codec::shift));
    int out = 0;
    int[] last = null;
    for (int s : packed) {
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
    return out;
  }

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
}
