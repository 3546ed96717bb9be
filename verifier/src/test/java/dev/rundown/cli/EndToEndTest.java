package dev.rundown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline through the command line, in-process: parser, checker, lowering, engine, report. */
class EndToEndTest {
  private static final String HANDLES = Cli.repo("models/bench/handles.rundown");
  private static final String CLOSE_TOO_EARLY = Cli.repo("models/bench/handles-close-too-early.rundown");

  @TempDir Path dir;

  private static JsonNode json(Cli run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode property(JsonNode model, String name) {
    for (JsonNode p : model.get("properties")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no property " + name + " in " + model);
  }

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void handlesAtTwoHas576StatesByDefaultAnd300WithSymmetry() throws IOException {
    Cli off = Cli.run("verify", HANDLES, "--bound", "Handle=2", "--format", "json");
    assertEquals(0, off.exit(), off.err());
    JsonNode model = json(off).get("models").get(0);
    assertEquals("Handles", model.get("model").asText());
    assertEquals(2, model.get("bounds").get("Handle").asInt());
    assertFalse(model.get("symmetry").asBoolean());
    assertEquals(576, model.get("stats").get("states").asLong());
    assertTrue(model.get("stopped").isNull());
    for (JsonNode p : model.get("properties")) {
      assertEquals("HOLDS", p.get("verdict").asText(), p.get("name").asText());
      assertTrue(p.get("met").asBoolean());
    }
    assertEquals("holds", property(model, "ClosedHasNoOutstandingIo").get("expected").asText());
    assertEquals(0, json(off).get("exit").asInt());

    Cli on = Cli.run("verify", HANDLES, "--bound", "Handle=2", "--symmetry", "on", "--format", "json");
    assertEquals(0, on.exit(), on.err());
    JsonNode reduced = json(on).get("models").get(0);
    assertTrue(reduced.get("symmetry").asBoolean());
    assertEquals(300, reduced.get("stats").get("states").asLong());
  }

  @Test
  void handlesAtFourHas331776States() throws IOException {
    Cli run = Cli.run("verify", HANDLES, "--bound", "Handle=4", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertEquals(331_776, json(run).get("models").get(0).get("stats").get("states").asLong());
  }

  @Test
  void exactModeCountsTheSameStates() throws IOException {
    Cli run = Cli.run("verify", HANDLES, "--bound", "Handle=2", "--exact", "--time-limit", "1h", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertEquals(576, json(run).get("models").get(0).get("stats").get("states").asLong());
  }

  @Test
  void theSeededBugIsViolatedAsExpectedSoTheRunExits0() throws IOException {
    Cli run = Cli.run("verify", CLOSE_TOO_EARLY, "--bound", "Handle=2", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode model = json(run).get("models").get(0);
    JsonNode closed = property(model, "ClosedHasNoOutstandingIo");
    assertEquals("VIOLATED", closed.get("verdict").asText());
    assertEquals("violated", closed.get("expected").asText());
    assertTrue(closed.get("met").asBoolean());
    assertEquals("WDM-FILE-4", closed.get("rules").get(0).asText());
    List<String> actions = new ArrayList<>();
    closed.get("trace").forEach(step -> actions.add(step.get("action").asText()));
    assertEquals(List.of("open", "send", "cleanup", "close"), actions);
    JsonNode last = closed.get("trace").get(3);
    assertEquals("app", last.get("actor").asText());
    assertEquals("Handle1", last.get("args").get(0).asText());
    assertEquals("Closed", last.get("changes").get("Handle1.state").asText());
    assertEquals("VIOLATED", property(model, "WellDefined").get("verdict").asText());
  }

  @Test
  void theModelsDirectoryVerifies() {
    Cli run = Cli.run("verify", Cli.repo("models"));
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.out().isEmpty());
  }

  @Test
  void twoRunsPrintTheSameBytes() {
    for (String format : new String[] {"text", "json"}) {
      String[] args = {"verify", Cli.repo("models/bench"), "--bound", "Handle=2", "--format", format};
      Cli first = Cli.run(args);
      assertEquals(0, first.exit(), first.err());
      assertTrue(first.out().contains("HandlesCloseTooEarly"), first.out());
      assertEquals(first.out(), Cli.run(args).out(), format);
    }
  }

  @Test
  void checkPrintsOneOkLinePerModel() {
    Cli run = Cli.run("check", HANDLES, CLOSE_TOO_EARLY);
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.out().lines().filter(l -> l.startsWith("ok")).count());
  }

  @Test
  void aStateBudgetMakesTheRunInconclusive() throws IOException {
    Cli run = Cli.run("verify", HANDLES, "--max-states", "10", "--format", "json");
    assertEquals(3, run.exit(), run.err());
    JsonNode model = json(run).get("models").get(0);
    assertEquals("MAX_STATES", model.get("stopped").asText());
    assertEquals("INCONCLUSIVE", property(model, "ClosedHasNoOutstandingIo").get("verdict").asText());
  }

  @Test
  void badBoundsAreModelErrors() {
    Cli unknown = Cli.run("verify", HANDLES, "--bound", "Nope=2");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("[RD301]"), unknown.err());
    assertEquals("", unknown.out());
    Cli zero = Cli.run("verify", HANDLES, "--bound", "Handle=0");
    assertEquals(2, zero.exit());
    assertTrue(zero.err().contains("[RD302]"), zero.err());
  }

  @Test
  void anUnexpectedViolationOrAnUnmetExpectExits1() throws IOException {
    String bug = Files.readString(Path.of(CLOSE_TOO_EARLY), StandardCharsets.UTF_8);
    String noExpect = write("no-expect.rundown", bug.replaceAll("(?m)^(expect|fixed by) .*$", ""));
    Cli violated = Cli.run("verify", noExpect, "--bound", "Handle=2");
    assertEquals(1, violated.exit(), violated.err());
    String wrongExpect =
        write("wrong-expect.rundown", bug.replaceAll("(?m)^fixed by .*$", "").replace("expect ClosedHasNoOutstandingIo violated", "expect ClosedHasNoOutstandingIo holds"));
    assertEquals(1, Cli.run("verify", wrongExpect, "--bound", "Handle=2").exit());
  }

  @Test
  void includesAreResolvedRelativeToTheIncludingFile() throws IOException {
    write(
        "rules/handle.rundown",
        "actors app\nenum S { Idle, Open }\nkind Handle[2] { s: S = Idle }\n"
            + "action app open(h: Handle) when h.s == Idle do h.s := Open\n");
    String design =
        write(
            "designs/design.rundown",
            "model Design\ninclude \"../rules/handle.rundown\"\n"
                + "invariant Fine: all h: Handle | h.s in {Idle, Open}\nexpect Fine holds\n");
    Cli run = Cli.run("verify", design, "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode model = json(run).get("models").get(0);
    assertEquals("Design", model.get("model").asText());
    assertEquals("HOLDS", property(model, "Fine").get("verdict").asText());
    // A directory run skips the rules/ directory, so only the design runs.
    Cli all = Cli.run("verify", dir.toString(), "--format", "json");
    assertEquals(0, all.exit(), all.err());
    assertEquals(1, json(all).get("models").size());
  }

  @Test
  void modelErrorsExit2WithTheirCodesAndTheOtherModelsStillRun() throws IOException {
    String syntax = write("a-syntax.rundown", "model Broken\nkind {\n");
    String cycle = write("b-cycle.rundown", "model Cycle\ninclude \"b-cycle.rundown\"\n");
    String missing = write("c-missing.rundown", "model Missing\ninclude \"nowhere.rundown\"\n");
    Cli run = Cli.run("verify", syntax, cycle, missing, HANDLES, "--bound", "Handle=2", "--format", "json");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("error[RD1"), run.err());
    assertTrue(run.err().contains("[RD006]"), run.err());
    assertTrue(run.err().contains("[RD007]"), run.err());
    assertEquals(1, json(run).get("models").size());
    assertEquals(2, json(run).get("exit").asInt());
    assertEquals(2, Cli.run("check", syntax).exit());
  }

  @Test
  void benchWithAnUnknownKindIsAModelError() {
    Cli run = Cli.run("bench", "--model", HANDLES, "--kind", "Nope", "--n", "2,3");
    assertEquals(2, run.exit());
    assertEquals(1, run.err().lines().filter(l -> l.contains("[RD301]")).count(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void benchRunsEachPointWithAndWithoutSymmetry() throws IOException {
    Cli run = Cli.run("bench", "--model", HANDLES, "--n", "2", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode runs = json(run).get("runs");
    assertEquals(2, runs.size());
    assertTrue(runs.get(0).get("symmetry").asBoolean());
    assertEquals(300, runs.get(0).get("states").asLong());
    assertFalse(runs.get(1).get("symmetry").asBoolean());
    assertEquals(576, runs.get(1).get("states").asLong());
  }
}
