package dev.rundown.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.cli.Main;
import dev.rundown.fixture.StaleScenarioError;
import dev.rundown.pipeline.RepositoryRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario workflow through the command line, on copies of the benchmark model in a temporary repository:
 * generation never replaces a file rundown did not write or one edited since (exit 2, unless --force) and leaves
 * identical files untouched; --promote refuses while the design still violates (exit 1), then, once the
 * design is fixed, rewrites the reproducers as guards that compile and pass; a changed design makes them stale.
 */
class ScenarioWorkflowTest {
  private static final Path BENCH = Scenarios.repo().resolve("models/bench");

  private static int rundown(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** A repository under {@code dir} with {@code models/design.rundown} holding {@code text}. */
  private static Path repository(Path dir, String text) throws IOException {
    Files.createDirectories(dir.resolve("models"));
    Path design = dir.resolve("models/design.rundown");
    Files.writeString(design, text, StandardCharsets.UTF_8);
    return design;
  }

  /** A benchmark model with a default bound of 2 handles and no `fixed by` (the copies have no sibling). */
  private static String bench(String name) throws IOException {
    return Files.readString(BENCH.resolve(name), StandardCharsets.UTF_8)
        .replaceAll("(?m)^fixed by .*$", "")
        .replace("kind Handle[3]", "kind Handle[2]");
  }

  /** Every file under {@code dir} with its bytes (as Latin-1 text) and modification time. */
  private static Map<Path, String> snapshot(Path dir) throws IOException {
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        out.put(f, Files.getLastModifiedTime(f) + " " + Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  @Test
  void generationNeverReplacesOthersFilesAndLeavesIdenticalOnesUntouched(@TempDir Path dir) throws IOException {
    Path design = repository(dir, bench("handles-close-too-early.rundown"));
    String out = dir.resolve("out").toString();
    assertEquals(0, rundown("scenarios", design.toString(), "--out", out));
    Path reproducer = dir.resolve("out/rundown/scenarios/HandlesCloseTooEarlyClosedHasNoOutstandingIoTest.java");
    String generated = Files.readString(reproducer, StandardCharsets.UTF_8);
    for (Path f : snapshot(dir.resolve("out")).keySet()) {
      Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L)); // so a rewrite would show
    }
    Map<Path, String> before = snapshot(dir.resolve("out"));
    assertEquals(2, before.size());

    assertEquals(0, rundown("scenarios", design.toString(), "--out", out));
    assertEquals(before, snapshot(dir.resolve("out")), "identical files are not touched");

    Files.writeString(reproducer, generated.replace(".step(\"close\"", ".step(\"reset\""), StandardCharsets.UTF_8);
    Map<Path, String> edited = snapshot(dir.resolve("out"));
    assertEquals(2, rundown("scenarios", design.toString(), "--out", out));
    assertEquals(edited, snapshot(dir.resolve("out")), "an edited scenario is not replaced, nor anything else");
    assertEquals(0, rundown("scenarios", design.toString(), "--out", out, "--force"));
    assertEquals(generated, Files.readString(reproducer, StandardCharsets.UTF_8));

    Files.writeString(reproducer, "class Mine {}\n", StandardCharsets.UTF_8);
    assertEquals(2, rundown("scenarios", design.toString(), "--out", out));
    assertEquals("class Mine {}\n", Files.readString(reproducer, StandardCharsets.UTF_8));
    Files.write(reproducer, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
    assertEquals(2, rundown("scenarios", design.toString(), "--out", out), "a corrupted file is not replaced");
  }

  @Test
  void promoteRefusesWhileTheDesignViolatesThenMakesGuardsThatPassUntilTheDesignChanges(@TempDir Path dir)
      throws Exception {
    Path design = repository(dir.resolve("repo"), bench("handles-close-too-early.rundown"));
    Path out = dir.resolve("repo/counterexamples/src/test/java"); // the default --out
    assertEquals(0, rundown("scenarios", design.toString()));
    Map<Path, String> reproducers = snapshot(out);
    assertEquals(2, reproducers.size());

    assertEquals(1, rundown("scenarios", "--promote", design.toString()), "still violates: refused");
    assertEquals(reproducers, snapshot(out));
    assertEquals(2, rundown("scenarios", "--promote", dir.resolve("repo/models/none.rundown").toString()));

    Files.writeString(design, bench("handles.rundown"), StandardCharsets.UTF_8); // the fix
    assertEquals(0, rundown("scenarios", "--promote", design.toString()));
    Map<String, String> sources = new TreeMap<>();
    List<String> names = new ArrayList<>();
    for (Path f : snapshot(out).keySet()) {
      ScenarioSpec spec = ScenarioFile.parse(Files.readString(f, StandardCharsets.UTF_8));
      assertFalse(spec.expected().isReproducer());
      assertEquals(ScenarioOutcome.Kind.NO_LONGER_POSSIBLE, spec.expected().kind()); // close now waits
      sources.put(Scenarios.qualified(spec), ScenarioGenerator.generate(spec));
      names.add(Scenarios.qualified(spec));
    }
    ClassLoader loader = ScenarioCompiler.compile(sources, dir.resolve("classes"));

    // A second checkout where the design changed since the promotion.
    Path stale = repository(dir.resolve("stale"), bench("handles.rundown") + "\n// changed\n");
    String saved = System.getProperty(RepositoryRoot.PROPERTY);
    try {
      System.setProperty(RepositoryRoot.PROPERTY, dir.resolve("repo").toString());
      ScenarioCompiler.run(loader, names).forEach((name, run) -> assertEquals(List.of(), run.failures(), name));
      System.setProperty(RepositoryRoot.PROPERTY, stale.getParent().getParent().toString());
      ScenarioCompiler.run(loader, names).forEach((name, run) -> {
        assertEquals(1, run.failures().size(), name);
        assertInstanceOf(StaleScenarioError.class, run.failures().get(0));
      });
    } finally {
      if (saved == null) {
        System.clearProperty(RepositoryRoot.PROPERTY);
      } else {
        System.setProperty(RepositoryRoot.PROPERTY, saved);
      }
    }
  }
}
