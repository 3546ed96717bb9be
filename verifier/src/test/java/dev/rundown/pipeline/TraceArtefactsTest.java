package dev.rundown.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.Golden;
import dev.rundown.engine.ProgressListener;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.explore.Minimizer;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.TraceValidator;
import dev.rundown.syntax.Parser;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceFormatException;
import dev.rundown.trace.TraceJson;
import dev.rundown.trace.TraceText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Counterexample artefacts from real findings: golden trace.txt and trace.json (refresh with
 * {@code -Dgolden.update=true}), model keys, reader errors with their JSON path, and {@code --minimize}.
 */
class TraceArtefactsTest {
  private static final Path REPO = Path.of(System.getProperty("rundown.repo", "..")).toAbsolutePath().normalize();
  private static final Driver DRIVER = new Driver(new SourceLoader(REPO, Parser::parse), new ExplicitEngine());
  private static final String HANDLES = "models/bench/handles-close-too-early.rundown";
  private static final String CLEANUP = "models/umdf/file-cleanup/completes-despite-cancel.rundown";

  private static ModelRun run(String path) {
    Compilation c = DRIVER.compile(Path.of(path));
    return DRIVER.run(c.file(), c.model().orElseThrow(), VerifyOptions.defaults(), ProgressListener.NONE);
  }

  private static Counterexample finding(ModelRun run, String property) {
    return DRIVER.counterexamples(run).stream().filter(c -> c.file().property().equals(property)).findFirst()
        .orElseThrow();
  }

  @Test
  void goldenArtefacts() {
    Counterexample handles = finding(run(HANDLES), "ClosedHasNoOutstandingIo");
    assertEquals("bench/handles-close-too-early", handles.modelKey());
    Golden.assertMatches("trace/handles-close-too-early.trace.txt", TraceText.render(handles.file()));
    Golden.assertMatches("trace/handles-close-too-early.trace.json", TraceJson.write(handles.file()));
    Counterexample cleanup = finding(DRIVER.minimize(run(CLEANUP)), "CancelOwnsCompletion");
    Golden.assertMatches("trace/completes-despite-cancel.trace.txt", TraceText.render(cleanup.file()));
    Golden.assertMatches("trace/completes-despite-cancel.trace.json", TraceJson.write(cleanup.file()));
  }

  @Test
  void modelKeysFollowTheModelsTreeElseTheFileName() {
    assertEquals("umdf/file-cleanup/completes-despite-cancel",
        Counterexample.modelKey(REPO.resolve(CLEANUP)));
    assertEquals("design", Counterexample.modelKey(Path.of("/tmp/work/design.rundown").toAbsolutePath()));
    assertEquals("a/b", Counterexample.modelKey(Path.of("/x/models/y/models/a/b.rundown").toAbsolutePath()));
  }

  @Test
  void theReaderNamesWhereTheFileIsWrong() {
    String json = TraceJson.write(finding(run(HANDLES), "ClosedHasNoOutstandingIo").file());
    assertEquals("$.steps[1].state.inflight",
        unreadable(json.replace("\"inflight\": 1", "\"inflight\": \"one\"")).where());
    assertEquals("$.schema", unreadable(json.replace("rundown-trace/1", "rundown-trace/2")).where());
    assertEquals("$.length", unreadable(json.replace("\"length\": 4", "\"length\": 5")).where());
    assertEquals("$.steps[2]", unreadable(json.replace("\"action\": \"cleanup\"", "\"act\": \"cleanup\"")).where());
    assertEquals("$.steps[0].step", unreadable(json.replace("\"step\": 1,", "\"step\": 7,")).where());
    TraceFormatException syntax = unreadable(json.substring(0, 200));
    assertTrue(syntax.where().startsWith("line "), syntax.where());
    assertEquals("x.json", syntax.file());
  }

  @Test
  void minimizedTracesAreAsShortWithNoMoreSwitchesAndReplay() {
    ModelRun run = run(CLEANUP);
    ModelRun minimized = DRIVER.minimize(run);
    assertEquals(minimized.outcomes(), DRIVER.minimize(run).outcomes());
    int fewer = 0;
    for (int p = 0; p < run.outcomes().size(); p++) {
      var before = run.outcomes().get(p).result().trace();
      var after = minimized.outcomes().get(p).result().trace();
      assertEquals(before.isPresent(), after.isPresent());
      if (before.isEmpty()) {
        continue;
      }
      Trace b = before.get();
      Trace a = after.get();
      assertEquals(b.length(), a.length(), b.property());
      assertTrue(Minimizer.switches(a) <= Minimizer.switches(b), b.property());
      assertTrue(TraceValidator.validate(Interpreter.compile(run.model(), run.bounds()), a).valid());
      fewer += Minimizer.switches(a) < Minimizer.switches(b) ? 1 : 0;
    }
    // Each of the three violations of this design has a shortest trace with fewer switches than BFS's first.
    assertEquals(3, fewer);
  }

  private static TraceFormatException unreadable(String text) {
    return assertThrows(TraceFormatException.class, () -> TraceJson.read(text, "x.json"));
  }
}
