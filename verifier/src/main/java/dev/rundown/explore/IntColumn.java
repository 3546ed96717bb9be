package dev.rundown.explore;

import java.util.Arrays;

/** A growable array of ints indexed by state number. Not thread-safe. */
final class IntColumn {
  private int[] values = new int[1 << 12];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L));
    }
    values[size++] = v;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }
}
