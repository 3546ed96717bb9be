package dev.rundown.engine;

import java.util.Optional;

/**
 * A second engine's check of a result: {@code engine} agreed with it on every property over traces of up to
 * {@code steps} steps, of the {@code target} asked; {@code stopped} says which budget ended it sooner. Immutable.
 */
public record CrossCheck(String engine, int steps, int target, Optional<StopReason> stopped) {
  public CrossCheck {
    if (steps < 0 || steps > target) {
      throw new IllegalArgumentException("steps " + steps + " outside 0.." + target);
    }
  }

  /** Whether the check reached the steps asked. */
  public boolean complete() {
    return steps == target;
  }
}
