package dev.rundown.engine;

import java.util.List;
import java.util.Optional;

/**
 * The answer of an engine to a {@link CheckRequest}: one result per property of the model in declaration
 * order, run statistics, and the budget that stopped the run early, if any. Immutable.
 */
public record EngineResult(List<PropertyResult> properties, Stats stats, Optional<StopReason> stopped) {
  public EngineResult {
    properties = List.copyOf(properties);
  }
}
