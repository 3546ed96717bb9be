package dev.rundown.engine;

import java.util.Optional;

/**
 * A second engine's check of a result: {@code engine} agreed with it on every property over traces of up to
 * {@code steps} steps, of the {@code target} asked; {@code stopped} says which budget ended it sooner;
 * {@code everyState}: the agreement holds in every reachable state, whatever the depth (a certificate checked,
 * not a bounded search). Immutable.
 */
public record CrossCheck(String engine, int steps, int target, Optional<StopReason> stopped, boolean everyState) {
  public CrossCheck {
    if (steps < 0 || steps > target) {
      throw new IllegalArgumentException("steps " + steps + " outside 0.." + target);
    }
    if (everyState && (steps != target || stopped.isPresent())) {
      throw new IllegalArgumentException("a check of every state is complete");
    }
  }

  /** A bounded check. */
  public CrossCheck(String engine, int steps, int target, Optional<StopReason> stopped) {
    this(engine, steps, target, stopped, false);
  }

  /** A check of every reachable state; {@code target}: steps enough to reach them all and step out of each. */
  public static CrossCheck everyState(String engine, int target) {
    return new CrossCheck(engine, target, target, Optional.empty(), true);
  }

  /** Whether the check reached the steps asked. */
  public boolean complete() {
    return steps == target;
  }
}
