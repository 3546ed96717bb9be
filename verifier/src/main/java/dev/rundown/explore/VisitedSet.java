package dev.rundown.explore;

/** The set of visited (canonical) states of one exploration. Not thread-safe. */
interface VisitedSet {
  /**
   * Adds the state with fingerprint {@code fp} and packed form {@code packed[offset..offset+words)}; true when
   * it was not there.
   */
  boolean add(long fp, long[] packed, int offset);

  /**
   * Adds the states {@code k} in {@code 0..count-1} (fingerprint {@code fps[k]}, packed form at
   * {@code packed[k*words..]}) and sets {@code fresh[k]}, all as if {@link #add} were called for each in
   * turn, in whatever order the set finds fastest.
   */
  void addAll(long[] fps, long[] packed, int count, boolean[] fresh);

  /** Pairs of distinct states found to share a fingerprint (exact mode only; 0 otherwise). */
  long collisions();
}
