package dev.rundown.explore;

import java.util.Arrays;

/**
 * The successors found since the last flush of a {@link BfsExplorer}, in the order found: per successor its
 * packed key (the canonical form), its packed concrete form (the same array without symmetry), fingerprint,
 * parent state number and transition number, and room for the visited set's verdict. Grows as needed and is
 * reused after each flush. Not thread-safe.
 */
final class Staging {
  private final int words;
  private final boolean separateConcrete;
  long[] keys;
  long[] concrete;
  long[] fps;
  int[] parents;
  int[] steps;
  /** Filled by {@link VisitedSet#addAll}: whether each successor was new. */
  boolean[] fresh;
  int size;

  Staging(int words, boolean separateConcrete) {
    this.words = words;
    this.separateConcrete = separateConcrete;
    allocate(64);
  }

  /** Appends a successor with the given parent and transition number; returns its index (words at index*words). */
  int add(int parent, int step) {
    if (size == fps.length) {
      allocate(size * 2);
    }
    int k = size++;
    parents[k] = parent;
    steps[k] = step;
    return k;
  }

  void clear() {
    size = 0;
  }

  private void allocate(int capacity) {
    keys = keys == null ? new long[capacity * words] : Arrays.copyOf(keys, capacity * words);
    concrete = !separateConcrete ? keys
        : concrete == null ? new long[capacity * words] : Arrays.copyOf(concrete, capacity * words);
    fps = fps == null ? new long[capacity] : Arrays.copyOf(fps, capacity);
    parents = parents == null ? new int[capacity] : Arrays.copyOf(parents, capacity);
    steps = steps == null ? new int[capacity] : Arrays.copyOf(steps, capacity);
    fresh = new boolean[capacity];
  }
}
