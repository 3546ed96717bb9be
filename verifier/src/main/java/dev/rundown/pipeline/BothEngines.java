package dev.rundown.pipeline;

import dev.rundown.alloyrun.AlloyEngine;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.CrossCheck;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.explore.ExplicitEngine;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code --engine both}: the explicit engine, then the Alloy engine over {@code steps} steps, and an
 * {@link InternalErrorException} on any disagreement ({@link EngineAgreement}). Reports the explicit result with
 * the steps over which Alloy confirmed it ({@link CrossCheck}). Without {@code steps}, Alloy aims at the explicit
 * engine's BFS depth + 1 (every reachable state and a step out of the deepest one) and deepens towards it within
 * the request's time limit, or {@link #DEFAULT_ALLOY_TIME} when none is set: SAT-based bounded checks grow
 * exponentially harder with depth, and most designs are deeper than Alloy reaches in minutes. Stateless.
 */
public final class BothEngines implements Engine {
  /** The Alloy engine's time per model when neither steps nor a time limit are given. */
  public static final Duration DEFAULT_ALLOY_TIME = Duration.ofSeconds(30);

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
    int target = steps.orElse(explicit.stats().depth() + 1);
    CheckRequest bounded = request;
    if (steps.isEmpty() && !request.budget().hasTimeLimit()) {
      bounded = new CheckRequest(request.model(), request.bounds(), request.symmetry(), request.exact(),
          request.budget().withTimeLimit(DEFAULT_ALLOY_TIME));
    }
    AlloyEngine.Run alloy = new AlloyEngine(solver, target).run(bounded);
    int reached = Math.max(alloy.reached(), 0);
    // reached -1: stopped before its first round, so Alloy checked nothing to compare
    List<String> problems =
        alloy.reached() < 0 ? List.of() : EngineAgreement.disagreements(explicit, alloy.result(), reached);
    if (!problems.isEmpty()) {
      throw new InternalErrorException("the explicit and Alloy engines disagree on model " + request.model().name()
          + " at bounds " + request.bounds().counts() + ":\n  " + String.join("\n  ", problems));
    }
    return explicit.withCrossCheck(new CrossCheck("alloy", reached, target, alloy.result().stopped()));
  }
}
