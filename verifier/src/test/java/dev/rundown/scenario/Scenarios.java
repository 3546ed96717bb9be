package dev.rundown.scenario;

import dev.rundown.engine.Budget;
import dev.rundown.engine.ProgressListener;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.ScenarioPlan;
import dev.rundown.pipeline.ScenarioPlanner;
import dev.rundown.pipeline.SourceLoader;
import dev.rundown.pipeline.VerifyOptions;
import dev.rundown.pipeline.VerifyResult;
import dev.rundown.syntax.Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test support: scenario plans of designs as {@code rundown verify --scenarios} makes them, from a root. */
final class Scenarios {
  private Scenarios() {}

  /** The repository root (system property {@code rundown.repo}, else above the working directory). */
  static Path repo() {
    String property = System.getProperty("rundown.repo");
    Path root = property != null ? Path.of(property) : Path.of("").toAbsolutePath().getParent();
    return root.toAbsolutePath().normalize();
  }

  /** Verifies {@code paths} (relative to {@code root}) at default bounds without symmetry and plans every run. */
  static List<ScenarioPlan> plans(Path root, String... paths) {
    Driver driver = new Driver(new SourceLoader(root, Parser::parse), new ExplicitEngine());
    VerifyResult result = driver.verify(
        List.of(paths), new VerifyOptions(List.of(), false, false, Budget.UNLIMITED), f -> ProgressListener.NONE);
    if (result.hasErrors()) {
      throw new AssertionError(result.diagnostics().toString());
    }
    ScenarioPlanner planner = new ScenarioPlanner(driver, root);
    List<ScenarioPlan> plans = new ArrayList<>();
    for (ModelRun run : result.runs()) {
      plans.add(planner.plan(run, Optional.empty()));
    }
    return plans;
  }

  static List<ScenarioSpec> specs(List<ScenarioPlan> plans) {
    List<ScenarioSpec> specs = new ArrayList<>();
    plans.forEach(p -> specs.addAll(p.specs()));
    return specs;
  }

  static String qualified(ScenarioSpec spec) {
    return spec.packageName() + "." + spec.className();
  }
}
