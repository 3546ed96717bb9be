package dev.rundown.pipeline;

import dev.rundown.alloyrun.AlloyEngine;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.explore.ExplicitEngine;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code --engine both}: the explicit engine, then the Alloy engine over {@code steps} steps (by default the
 * explicit engine's BFS depth + 1, which covers every reachable state and a step out of the deepest one), and an
 * {@link InternalErrorException} on any disagreement ({@link EngineAgreement}). Reports the explicit result.
 * Stateless.
 */
public final class BothEngines implements Engine {
  private final String solver;
  private final OptionalInt steps;

  public BothEngines(String solver, OptionalInt steps) {
    this.solver = solver;
    this.steps = steps;
  }

  @Override
  public String id() {
    return "both";
  }

  @Override
  public EngineResult check(CheckRequest request, ProgressListener progress) {
    EngineResult explicit = new ExplicitEngine().check(request, progress);
    if (explicit.stopped().isPresent()) {
      return explicit;
    }
    int k = steps.orElse(explicit.stats().depth() + 1);
    EngineResult alloy = new AlloyEngine(solver, k).check(request, progress);
    List<String> problems = EngineAgreement.disagreements(explicit, alloy, k);
    if (!problems.isEmpty()) {
      throw new InternalErrorException("the explicit and Alloy engines disagree on model " + request.model().name()
          + " at bounds " + request.bounds().counts() + ":\n  " + String.join("\n  ", problems));
    }
    return explicit;
  }
}
