package dev.rundown.pipeline;

import dev.rundown.alloyrun.AlloyApi;
import dev.rundown.alloyrun.AlloyCertifier;
import dev.rundown.alloyrun.AlloyEngine;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.CrossCheck;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.StopReason;
import dev.rundown.explore.ExplicitEngine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code --engine both}: the explicit engine, then Alloy, and an {@link InternalErrorException} on any
 * disagreement ({@link EngineAgreement}). Reports the explicit result with how far Alloy confirmed it
 * ({@link CrossCheck}). With {@code steps}, the Alloy engine checks exactly that many. Without, a model of at
 * most {@code certifiedStates} reachable states (unreduced; {@link #CERTIFIED_STATES} by default) is certified at
 * full depth ({@link AlloyCertifier}: every reachable state; the request's time limit, if any, bounds it and
 * stops the cross-check at no steps); a larger one gets the Alloy engine aiming at the
 * explicit engine's BFS depth + 1 (every reachable state and a step out of the deepest one), deepening towards it
 * within the request's time limit, or
 * {@link #DEFAULT_ALLOY_TIME} when none is set: SAT-based bounded checks grow exponentially harder with depth,
 * and most designs are deeper than Alloy reaches in minutes. Stateless.
 */
public final class BothEngines implements Engine {
  /** The Alloy engine's time per model when neither steps nor a time limit are given. */
  public static final Duration DEFAULT_ALLOY_TIME = Duration.ofSeconds(30);
  /**
   * The default most reachable states a model may have for its certificate to be checked: every design of the
   * corpus (the largest, 584,128 states, in under a minute in the differential test) within the launcher's 2 GB
   * heap.
   */
  public static final int CERTIFIED_STATES = 1_000_000;

  private final String solver;
  private final OptionalInt steps;
  private final int certifiedStates;

  /** Both engines; a model of at most {@code certifiedStates} reachable states (0: none) is certified. */
  public BothEngines(String solver, OptionalInt steps, int certifiedStates) {
    this.solver = solver;
    this.steps = steps;
    this.certifiedStates = certifiedStates;
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
    if (steps.isEmpty() && certifiedStates > 0) {
      Optional<EngineResult> certified = Optional.empty();
      try {
        certified = new AlloyCertifier(solver, certifiedStates).run(request);
      } catch (IllegalStateException refuted) {
        check(request, List.of(refuted.getMessage()));
      } catch (AlloyApi.OutOfTime e) {
        return explicit.withCrossCheck(new CrossCheck("alloy", 0, target, Optional.of(StopReason.TIME_LIMIT)));
      }
      if (certified.isPresent()) {
        check(request, EngineAgreement.disagreements(explicit, certified.get(), Integer.MAX_VALUE));
        return explicit.withCrossCheck(CrossCheck.everyState("alloy", target));
      }
    }
    CheckRequest bounded = request;
    if (steps.isEmpty() && !request.budget().hasTimeLimit()) {
      bounded = new CheckRequest(request.model(), request.bounds(), request.symmetry(), request.exact(),
          request.budget().withTimeLimit(DEFAULT_ALLOY_TIME));
    }
    AlloyEngine.Run alloy = new AlloyEngine(solver, target).run(bounded);
    int reached = Math.max(alloy.reached(), 0);
    // reached -1: stopped before its first round, so Alloy checked nothing to compare
    if (alloy.reached() >= 0) {
      check(request, EngineAgreement.disagreements(explicit, alloy.result(), reached));
    }
    return explicit.withCrossCheck(new CrossCheck("alloy", reached, target, alloy.result().stopped()));
  }

  private static void check(CheckRequest request, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InternalErrorException("the explicit and Alloy engines disagree on model " + request.model().name()
          + " at bounds " + request.bounds().counts() + ":\n  " + String.join("\n  ", problems));
    }
  }
}
