package dev.rundown.engine;

import java.util.List;
import java.util.Optional;

/**
 * The answer of an engine to a {@link CheckRequest}: one result per property of the model in declaration
 * order, run statistics, the budget that stopped the run early, if any, and how far a second engine confirmed
 * it ({@code --engine both}). Immutable.
 */
public record EngineResult(
    List<PropertyResult> properties, Stats stats, Optional<StopReason> stopped, Optional<CrossCheck> crossCheck) {
  public EngineResult {
    properties = List.copyOf(properties);
  }

  /** A result no second engine has checked. */
  public EngineResult(List<PropertyResult> properties, Stats stats, Optional<StopReason> stopped) {
    this(properties, stats, stopped, Optional.empty());
  }

  /** This result, confirmed by {@code check}. */
  public EngineResult withCrossCheck(CrossCheck check) {
    return new EngineResult(properties, stats, stopped, Optional.of(check));
  }
}
