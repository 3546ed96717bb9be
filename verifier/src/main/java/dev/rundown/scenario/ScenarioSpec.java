package dev.rundown.scenario;

import java.util.List;

/**
 * Everything a generated scenario says: where it goes ({@code packageName}, {@code className}), the design it
 * replays on ({@code modelPath}, relative to the repository root with {@code /}), the bounds in display form
 * ({@code Context=2, Stream=1}), the hash of that design's sources, the command that regenerates it, where the
 * steps come from ({@code traceOf}: the design and property of the counterexample), the steps, and the expected
 * outcome. Immutable; {@link ScenarioFile#parse} of the generated text gives the same spec back.
 */
public record ScenarioSpec(
    String packageName,
    String className,
    String modelPath,
    String bounds,
    String sourceHash,
    String regenerate,
    String traceOf,
    List<ScenarioStep> steps,
    ScenarioOutcome expected) {
  public ScenarioSpec {
    steps = List.copyOf(steps);
  }

  /** The same scenario expecting {@code outcome} on the design whose sources hash to {@code hash}. */
  public ScenarioSpec promoted(ScenarioOutcome outcome, String hash, String command) {
    return new ScenarioSpec(packageName, className, modelPath, bounds, hash, command, traceOf, steps, outcome);
  }

  /** The source file's path relative to the output directory: {@code rundown/scenarios/x/NameTest.java}. */
  public String relativePath() {
    return packageName.replace('.', '/') + "/" + className + ".java";
  }
}
