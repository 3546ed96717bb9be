package dev.rundown.cli;

import dev.rundown.alloyrun.AlloyEngine;
import dev.rundown.engine.Engine;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.pipeline.BothEngines;
import java.util.OptionalInt;

/** The value of {@code --engine}: which engine verifies, matched case-insensitively. */
enum EngineChoice {
  EXPLICIT,
  ALLOY,
  BOTH;

  /**
   * The engine, with Alloy's solver and steps ({@code steps} null: the default of the choice) and, for both, the
   * most reachable states a model may have to be certified in every state.
   */
  Engine engine(String solver, Integer steps, int certifiedStates) {
    switch (this) {
      case ALLOY:
        return new AlloyEngine(solver, steps == null ? AlloyEngine.DEFAULT_STEPS : steps);
      case BOTH:
        return new BothEngines(solver, steps == null ? OptionalInt.empty() : OptionalInt.of(steps), certifiedStates);
      default:
        return new ExplicitEngine();
    }
  }
}
