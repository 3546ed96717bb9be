package dev.rundown.pipeline;

import dev.rundown.engine.Budget;
import java.util.List;

/**
 * How to verify: bound overrides (a later one for the same kind wins), symmetry reduction, exact state storage,
 * and the budget. Immutable.
 */
public record VerifyOptions(List<BoundOverride> bounds, boolean symmetry, boolean exact, Budget budget) {
  public VerifyOptions {
    bounds = List.copyOf(bounds);
  }

  /** Default bounds, symmetry on, fingerprint storage, no budget. */
  public static VerifyOptions defaults() {
    return new VerifyOptions(List.of(), true, false, Budget.UNLIMITED);
  }
}
