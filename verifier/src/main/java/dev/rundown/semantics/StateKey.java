package dev.rundown.semantics;

import java.util.Arrays;

/**
 * An encoded state as a hash key, by value, sharing the array it wraps: for states that are not modified once
 * stored. Immutable as long as its array is left alone.
 */
public record StateKey(int[] state) {
  @Override
  public boolean equals(Object o) {
    return o instanceof StateKey k && Arrays.equals(state, k.state);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(state);
  }

  @Override
  public String toString() {
    return Arrays.toString(state);
  }
}
