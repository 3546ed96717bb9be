package dev.rundown.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.Golden;
import dev.rundown.replay.ReplayFailure;
import dev.rundown.replay.ReplayResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden generated sources for three findings (two reproducers, one with either/choose choices, and their
 * guards), read back to their specs, then compiled in one javac call and run on the JUnit Platform: each
 * passes as generated, and each with its expectation flipped fails with the replay's actual result.
 */
class ScenarioGoldenTest {
  private static final String[] DESIGNS = {
    "models/bench/handles-close-too-early.rundown", "models/wdm/irp-cancel/complete-without-clearing.rundown"
  };

  @Test
  void generatedSourcesMatchTheGoldensReadBackCompileAndRun(@TempDir Path dir) throws Exception {
    List<ScenarioSpec> specs = Scenarios.specs(Scenarios.plans(Scenarios.repo(), DESIGNS));
    assertEquals(6, specs.size()); // 3 reproducers and their 3 guards
    Map<String, String> sources = new TreeMap<>();
    List<String> asGenerated = new ArrayList<>();
    for (ScenarioSpec spec : specs) {
      String text = ScenarioGenerator.generate(spec);
      Golden.assertMatches("dev/rundown/scenario/" + spec.className() + ".java.txt", text);
      assertEquals(spec, ScenarioFile.parse(text));
      assertTrue(Checksum.intact(text));
      assertEquals(text, ScenarioGenerator.generate(spec), "same input, same bytes");
      sources.put(Scenarios.qualified(spec), text);
      asGenerated.add(Scenarios.qualified(spec));
      ScenarioSpec flipped = new ScenarioSpec(spec.packageName(), spec.className() + "Flipped", spec.modelPath(),
          spec.bounds(), spec.sourceHash(), spec.regenerate(), spec.traceOf(), spec.steps(),
          spec.expected().isReproducer() ? ScenarioOutcome.noViolation() : ScenarioOutcome.violates("NoHang", 1));
      sources.put(Scenarios.qualified(flipped), ScenarioGenerator.generate(flipped));
    }
    ClassLoader loader = ScenarioCompiler.compile(sources, dir);
    Map<String, ScenarioCompiler.Run> runs = ScenarioCompiler.run(loader, new ArrayList<>(sources.keySet()));
    for (ScenarioSpec spec : specs) {
      ScenarioCompiler.Run run = runs.get(Scenarios.qualified(spec));
      assertEquals(1, run.tests());
      assertEquals(List.of(), run.failures(), spec.className());
      ScenarioCompiler.Run flipped = runs.get(Scenarios.qualified(spec) + "Flipped");
      assertEquals(1, flipped.failures().size(), spec.className() + "Flipped");
      ReplayFailure failure = assertInstanceOf(ReplayFailure.class, flipped.failures().get(0));
      if (spec.expected().isReproducer()) {
        // expecting no violation, the replay stops at the first failure of any property: the reproducer's own
        // at its step, or another property's earlier (a trace may pass through other violations)
        ReplayResult.Violated v = assertInstanceOf(ReplayResult.Violated.class, failure.actual());
        assertTrue(v.step() <= spec.expected().step(), spec.className());
        assertTrue(v.step() < spec.expected().step() || v.violates(spec.expected().property()), spec.className());
      } else {
        assertEquals(
            spec.expected().kind() == ScenarioOutcome.Kind.NO_LONGER_POSSIBLE,
            failure.actual() instanceof ReplayResult.Diverged);
      }
    }
  }
}
