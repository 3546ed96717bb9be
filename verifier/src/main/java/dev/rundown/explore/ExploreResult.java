package dev.rundown.explore;

import dev.rundown.engine.StopReason;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a {@link BfsExplorer} run found: counts, the first violation of each property in BFS order (hence
 * with a shortest path), why it stopped early if it did, and the BFS tree (parent and transition number per
 * state) to rebuild paths from. Immutable once returned.
 */
public final class ExploreResult {
  private final long states;
  private final long transitions;
  private final int depth;
  private final double seconds;
  private final long peakHeapBytes;
  private final long collisions;
  private final Optional<StopReason> stopped;
  private final Violation[] violations;
  private final IntColumn parents;
  private final IntColumn steps;

  ExploreResult(long states, long transitions, int depth, double seconds, long peakHeapBytes, long collisions,
      Optional<StopReason> stopped, Violation[] violations, IntColumn parents, IntColumn steps) {
    this.states = states;
    this.transitions = transitions;
    this.depth = depth;
    this.seconds = seconds;
    this.peakHeapBytes = peakHeapBytes;
    this.collisions = collisions;
    this.stopped = stopped;
    this.violations = violations.clone();
    this.parents = parents;
    this.steps = steps;
  }

  /** Distinct states stored (canonical ones under symmetry). */
  public long states() {
    return states;
  }

  public long transitions() {
    return transitions;
  }

  /** Largest BFS depth of a stored state (0 for the initial states). */
  public int depth() {
    return depth;
  }

  public double seconds() {
    return seconds;
  }

  public long peakHeapBytes() {
    return peakHeapBytes;
  }

  public long collisions() {
    return collisions;
  }

  public Optional<StopReason> stopped() {
    return stopped;
  }

  /** True when every reachable state was explored. */
  public boolean complete() {
    return stopped.isEmpty();
  }

  public Optional<Violation> violation(int property) {
    return Optional.ofNullable(violations[property]);
  }

  /**
   * The path to stored state {@code state}: the index of its initial state, then the transition number taken
   * from each state along the way (each number refers to the concrete stored state it leaves).
   */
  public int[] path(int state) {
    int[] reversed = new int[16];
    int n = 0;
    for (int s = state; s >= 0; s = parents.get(s)) {
      if (n == reversed.length) {
        reversed = Arrays.copyOf(reversed, n * 2);
      }
      reversed[n++] = steps.get(s);
    }
    int[] path = new int[n];
    for (int i = 0; i < n; i++) {
      path[i] = reversed[n - 1 - i];
    }
    return path;
  }
}
