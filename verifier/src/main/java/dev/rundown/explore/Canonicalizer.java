package dev.rundown.explore;

/**
 * Maps a state to the canonical representative of its symmetry class: equal outputs exactly for states
 * equal up to a permutation of interchangeable instances. Not thread-safe (implementations reuse buffers).
 */
@FunctionalInterface
public interface Canonicalizer {
  /** Writes the representative of {@code state} into {@code out} (a distinct array of the same length). */
  void canonicalize(int[] state, int[] out);
}
