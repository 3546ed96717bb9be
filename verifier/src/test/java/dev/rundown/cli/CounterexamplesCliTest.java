package dev.rundown.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --counterexamples} (layout, the no-overwrite policy, {@code --force}) and {@code replay} (exit
 * 0 reproduced, 1 not reproduced, 2 corrupted, missing model or stale), in-process through {@link Main#run}.
 */
class CounterexamplesCliTest {
  private static final String CLOSE_TOO_EARLY = Cli.repo("models/bench/handles-close-too-early.rundown");
  private static final String HANDLES = Cli.repo("models/bench/handles.rundown");
  private static final String PROPERTY = "ClosedHasNoOutstandingIo";

  @TempDir Path dir;

  private Path traceDir() {
    return dir.resolve("out/bench/handles-close-too-early").resolve(PROPERTY);
  }

  private Cli verify(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "verify";
    args[1] = CLOSE_TOO_EARLY;
    args[2] = "--counterexamples=" + dir.resolve("out");
    System.arraycopy(extra, 0, args, 3, extra.length);
    return Cli.run(args);
  }

  @Test
  void writesEachViolationUnderModelAndPropertyAndNeverOverwritesSilently() throws IOException {
    assertEquals(0, verify().exit());
    Path json = traceDir().resolve("trace.json");
    assertTrue(Files.isRegularFile(json));
    assertTrue(Files.isRegularFile(traceDir().resolve("trace.txt")));
    assertTrue(Files.isRegularFile(dir.resolve("out/bench/handles-close-too-early/WellDefined/trace.json")));
    byte[] first = Files.readAllBytes(json);

    // Same trace: left as is, nothing beside it.
    assertEquals(0, verify().exit());
    assertArrayEquals(first, Files.readAllBytes(json));
    assertFalse(Files.exists(traceDir().resolve("trace-2.json")));

    // A different trace there: the new one goes beside it, the old one is kept.
    byte[] edited = new String(first, StandardCharsets.UTF_8).replace("\"app\"", "\"someone\"").getBytes(StandardCharsets.UTF_8);
    Files.write(json, edited);
    assertEquals(0, verify().exit());
    assertArrayEquals(edited, Files.readAllBytes(json));
    assertArrayEquals(first, Files.readAllBytes(traceDir().resolve("trace-2.json")));
    assertTrue(Files.isRegularFile(traceDir().resolve("trace-2.txt")));
    // Run again: the pair beside it is the same trace, so nothing new.
    assertEquals(0, verify().exit());
    assertFalse(Files.exists(traceDir().resolve("trace-3.json")));

    // --force replaces trace.*.
    assertEquals(0, verify("--force").exit());
    assertArrayEquals(first, Files.readAllBytes(json));
  }

  @Test
  void theDefaultDirectoryIsCounterexamples() {
    assertEquals("counterexamples", parse(CLOSE_TOO_EARLY, "--counterexamples").counterexamples);
    assertEquals("traces", parse("--counterexamples=traces", CLOSE_TOO_EARLY).counterexamples);
    assertEquals(null, parse(CLOSE_TOO_EARLY).counterexamples);
  }

  @Test
  void replayReproducesARecordedViolation() {
    assertEquals(0, verify().exit());
    Cli replay = Cli.run("replay", traceDir().resolve("trace.json").toString());
    assertEquals(0, replay.exit(), replay.err());
    Cli wellDefined = Cli.run("replay", dir.resolve("out/bench/handles-close-too-early/WellDefined/trace.json").toString());
    assertEquals(0, wellDefined.exit(), wellDefined.err());
  }

  @Test
  void replayAgainstAnotherDesignThatNoLongerViolatesExitsOne() {
    assertEquals(0, verify().exit());
    Cli replay = Cli.run("replay", traceDir().resolve("trace.json").toString(), "--model", HANDLES);
    assertEquals(1, replay.exit(), replay.out() + replay.err());
  }

  @Test
  void corruptedMissingOrStaleTracesExitTwo() throws IOException {
    assertEquals(0, verify().exit());
    String json = Files.readString(traceDir().resolve("trace.json"), StandardCharsets.UTF_8);

    Path truncated = write("truncated.json", json.substring(0, json.length() / 2));
    assertEquals(2, Cli.run("replay", truncated.toString()).exit());
    Path badValue = write("bad-value.json", json.replaceFirst("\"inflight\": 0", "\"inflight\": \"zero\""));
    assertEquals(2, Cli.run("replay", badValue.toString()).exit());
    Path otherSchema = write("schema.json", json.replace("rundown-trace/1", "rundown-trace/99"));
    assertEquals(2, Cli.run("replay", otherSchema.toString()).exit());
    assertEquals(2, Cli.run("replay", dir.resolve("absent.json").toString()).exit());

    Path missingModel = write("missing-model.json", json.replace(CLOSE_TOO_EARLY, "no/such/model.rundown"));
    assertNotEquals(json, Files.readString(missingModel));
    assertEquals(2, Cli.run("replay", missingModel.toString()).exit());

    Path stale = write("stale.json", json.replaceFirst("\"hash\": \"sha256:[0-9a-f]+\"", "\"hash\": \"sha256:00\""));
    assertNotEquals(json, Files.readString(stale));
    assertEquals(2, Cli.run("replay", stale.toString()).exit());
    // --model replays against the model as it is, without the staleness check.
    assertEquals(0, Cli.run("replay", stale.toString(), "--model", CLOSE_TOO_EARLY).exit());
  }

  private static VerifyCommand parse(String... args) {
    VerifyCommand command = new VerifyCommand();
    new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return command;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
