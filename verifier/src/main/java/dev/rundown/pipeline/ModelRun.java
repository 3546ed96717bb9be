package dev.rundown.pipeline;

import dev.rundown.engine.EngineResult;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import java.util.List;

/**
 * One model verified: its file (display path), IR, the bounds used, the engine and symmetry setting, the
 * engine's result, and one outcome per property in declaration order. Immutable.
 */
public record ModelRun(
    String file,
    Model model,
    Bounds bounds,
    String engine,
    boolean symmetry,
    EngineResult result,
    List<PropertyOutcome> outcomes) {
  public ModelRun {
    outcomes = List.copyOf(outcomes);
  }

  /** Some decided property is not what the model meant: a violation without {@code expect}, or an unmet one. */
  public boolean hasUnmetOutcome() {
    return outcomes.stream().anyMatch(o -> o.decided() && !o.met());
  }

  /** Some property was left undecided by a budget. */
  public boolean hasUndecided() {
    return outcomes.stream().anyMatch(o -> !o.decided());
  }
}
