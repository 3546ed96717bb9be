package dev.rundown.explore;

/** The set of visited (canonical) states of one exploration. Not thread-safe. */
interface VisitedSet {
  /** Adds the state with fingerprint {@code fp} and packed form {@code packed}; true when it was not there. */
  boolean add(long fp, long[] packed);

  /** Pairs of distinct states found to share a fingerprint (exact mode only; 0 otherwise). */
  long collisions();
}
