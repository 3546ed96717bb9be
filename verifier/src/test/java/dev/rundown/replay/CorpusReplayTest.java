package dev.rundown.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.engine.ProgressListener;
import dev.rundown.pipeline.Counterexample;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.VerifyOptions;
import dev.rundown.pipeline.VerifyResult;
import dev.rundown.trace.TraceFile;
import dev.rundown.trace.TraceJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every counterexample of the corpus under {@code models/} (one verify run of the whole corpus, shared by the
 * tests): it replays through the runtime to its violation (some traces pass through violations of other
 * properties first: {@code run()} stops there, {@code runUntil} goes on), and its trace.json reads back equal.
 */
class CorpusReplayTest {
  private static Driver driver;
  private static List<ModelRun> runs;
  private static List<Counterexample> findings;

  @BeforeAll
  static void verifyTheCorpus() {
    driver = CorpusModels.driver();
    VerifyResult result = driver.verify(List.of("models"), VerifyOptions.defaults(), f -> ProgressListener.NONE);
    assertFalse(result.hasErrors(), result.diagnostics().toString());
    runs = result.runs();
    findings = new ArrayList<>();
    runs.forEach(r -> findings.addAll(driver.counterexamples(r)));
    assertTrue(findings.size() > 40, "only " + findings.size() + " counterexamples in the corpus");
  }

  @Test
  void everyCounterexampleReplaysToItsViolation() {
    for (ModelRun run : runs) {
      for (Counterexample c : driver.counterexamples(run)) {
        TraceFile f = c.file();
        ReplayResult result = Replay.of(run.model(), run.bounds(), f.trace()).run();
        ReplayResult.Violated v = assertInstanceOf(ReplayResult.Violated.class, result, run.file() + " " + f.property());
        assertTrue(v.step() <= f.trace().length(), run.file() + " " + f.property());
        if (v.step() == f.trace().length()) {
          assertTrue(v.violates(f.property()), run.file() + " " + f.property() + ": " + v);
        }
        ReplayResult.Violated focused = assertInstanceOf(ReplayResult.Violated.class,
            Replay.of(run.model(), run.bounds(), f.trace()).runUntil(f.property()), run.file() + " " + f.property());
        assertEquals(f.trace().length(), focused.step(), run.file() + " " + f.property());
      }
    }
  }

  @Test
  void everyTraceFileReadsBackEqual() throws Exception {
    for (Counterexample c : findings) {
      assertEquals(c.file(), TraceJson.read(TraceJson.write(c.file()), "test.json"), c.modelKey());
    }
  }
}
