package dev.rundown.explore;

/**
 * The first violation of a property found in BFS order: in state {@code state} itself ({@code transition}
 * is -1), or by transition number {@code transition} of state {@code state}. Immutable.
 */
public record Violation(int property, int state, int transition) {
  public boolean atTransition() {
    return transition >= 0;
  }
}
