package dev.rundown.explore;

import java.util.Arrays;

/**
 * A set of packed states with identity by the full packed form: an open-addressing table of state numbers
 * keyed by fingerprint, with every stored state's fingerprint and words kept. Counts a collision whenever a
 * new state shares its fingerprint with a different stored one. Not thread-safe.
 */
final class ExactStateSet implements VisitedSet {
  private static final int CHUNK_BITS = 16;

  private final int words;
  private int[] table;
  private int mask;
  private long[] fingerprints = new long[1 << 12];
  private long[][] chunks = new long[4][];
  private int size;
  private long collisions;

  ExactStateSet(int words) {
    this.words = words;
    resize(1 << 16);
  }

  @Override
  public boolean add(long fp, long[] packed, int offset) {
    int i = (int) fp & mask;
    boolean collided = false;
    while (true) {
      int t = table[i];
      if (t == 0) {
        insert(i, fp, packed, offset);
        if (collided) {
          collisions++;
        }
        return true;
      }
      int id = t - 1;
      if (fingerprints[id] == fp) {
        if (sameWords(id, packed, offset)) {
          return false;
        }
        collided = true;
      }
      i = (i + 1) & mask;
    }
  }

  @Override
  public void addAll(long[] fps, long[] packed, int count, boolean[] fresh) {
    for (int k = 0; k < count; k++) {
      fresh[k] = add(fps[k], packed, k * words);
    }
  }

  @Override
  public long collisions() {
    return collisions;
  }

  private boolean sameWords(int id, long[] packed, int from) {
    long[] chunk = chunks[id >>> CHUNK_BITS];
    int offset = (id & ((1 << CHUNK_BITS) - 1)) * words;
    for (int w = 0; w < words; w++) {
      if (chunk[offset + w] != packed[from + w]) {
        return false;
      }
    }
    return true;
  }

  private void insert(int slot, long fp, long[] packed, int from) {
    int id = size;
    if (id == Integer.MAX_VALUE - 1) {
      throw new OutOfMemoryError("too many states for the exact set");
    }
    if (id == fingerprints.length) {
      fingerprints = Arrays.copyOf(fingerprints, (int) Math.min(Integer.MAX_VALUE - 8L, id * 2L));
    }
    int c = id >>> CHUNK_BITS;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, c * 2);
    }
    if (chunks[c] == null) {
      chunks[c] = new long[words << CHUNK_BITS];
    }
    System.arraycopy(packed, from, chunks[c], (id & ((1 << CHUNK_BITS) - 1)) * words, words);
    fingerprints[id] = fp;
    table[slot] = id + 1;
    size++;
    if (size > table.length * 0.6) {
      resize(table.length * 2);
    }
  }

  private void resize(int capacity) {
    if (capacity <= 0) {
      throw new OutOfMemoryError("exact state table is full");
    }
    int[] fresh = new int[capacity];
    int m = capacity - 1;
    for (int id = 0; id < size; id++) {
      int i = (int) fingerprints[id] & m;
      while (fresh[i] != 0) {
        i = (i + 1) & m;
      }
      fresh[i] = id + 1;
    }
    table = fresh;
    mask = m;
  }
}
