package dev.rundown.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.pipeline.ScenarioPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios committed under {@code counterexamples/src/test/java} are exactly what
 * {@code ./rundown verify models/ --scenarios} generates now (byte for byte, none missing, none left over), every
 * violation of the corpus has a reproducer, every buggy design that names its fix has a guard per reproducer,
 * and all of them, compiled in one javac call and run on the JUnit Platform, pass: each reproducer fails the
 * way its design does, and each guard shows the fix no longer lets its steps violate.
 */
class CommittedScenariosTest {
  private static final Path COMMITTED = Scenarios.repo().resolve("counterexamples/src/test/java");

  @Test
  void committedScenariosAreUpToDateAndPass(@TempDir Path dir) throws IOException {
    List<ScenarioPlan> plans = Scenarios.plans(Scenarios.repo(), "models/");
    List<String> stillViolating = new ArrayList<>();
    plans.forEach(p -> stillViolating.addAll(p.stillViolating()));
    assertEquals(List.of(), stillViolating);
    List<ScenarioSpec> specs = Scenarios.specs(plans);
    Map<String, String> sources = new TreeMap<>();
    TreeSet<String> generated = new TreeSet<>();
    long reproducers = 0;
    long guards = 0;
    for (ScenarioSpec spec : specs) {
      String text = ScenarioGenerator.generate(spec);
      Path file = COMMITTED.resolve(spec.relativePath());
      assertTrue(Files.exists(file), "missing " + spec.relativePath() + "; regenerate: ./rundown verify models/ --scenarios");
      assertEquals(text, Files.readString(file, StandardCharsets.UTF_8),
          spec.relativePath() + " is out of date; regenerate: ./rundown verify models/ --scenarios");
      generated.add(spec.relativePath());
      sources.put(Scenarios.qualified(spec), text);
      if (spec.expected().isReproducer()) {
        reproducers++;
        assertFalse(spec.className().endsWith("GuardTest"));
      } else {
        guards++;
      }
    }
    assertTrue(reproducers > 0 && guards > 0);
    for (ScenarioPlan plan : plans) {
      long guarded = plan.specs().stream().filter(s -> !s.expected().isReproducer()).count();
      long reproduced = plan.specs().size() - guarded;
      assertTrue(guarded == 0 || guarded == reproduced, "a guard for every reproducer of a fixed design");
    }
    assertEquals(new TreeSet<>(), leftOver(generated));
    ClassLoader loader = ScenarioCompiler.compile(sources, dir);
    Map<String, ScenarioCompiler.Run> runs = ScenarioCompiler.run(loader, new ArrayList<>(sources.keySet()));
    runs.forEach((name, run) -> {
      assertEquals(1, run.tests(), name);
      assertEquals(List.of(), run.failures(), name);
    });
  }

  /** Generated scenario files under the committed tree that this run did not generate. */
  private static TreeSet<String> leftOver(TreeSet<String> generated) throws IOException {
    TreeSet<String> extra = new TreeSet<>();
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String relative = COMMITTED.relativize(f).toString().replace('\\', '/');
        if (Checksum.hasMarker(Files.readString(f, StandardCharsets.UTF_8)) && !generated.contains(relative)) {
          extra.add(relative);
        }
      }
    }
    return extra;
  }
}
