package dev.rundown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes of usage errors and help, run in-process (no model is parsed). */
class MainTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "frobnicate",
        "verify",
        "verify --no-such-option x.rundown",
        "verify --bound Handle x.rundown",
        "verify --bound =3 x.rundown",
        "verify --bound Handle=three x.rundown",
        "verify --bound Handle=99999999999 x.rundown",
        "verify --time-limit 30 x.rundown",
        "verify --time-limit 5x x.rundown",
        "verify --time-limit 0s x.rundown",
        "verify --time-limit PT x.rundown",
        "verify --symmetry maybe x.rundown",
        "verify --max-states 0 x.rundown",
        "verify --max-states lots x.rundown",
        "verify --format xml x.rundown",
        "check",
        "bench --n 0",
        "bench --n 2,x",
        "bench --symmetry on,of"
      })
  void usageErrorsExitWith2AndPrintNothingOnStdout(String line) {
    Cli run = Cli.run(line.isEmpty() ? new String[0] : line.split(" "));
    assertEquals(ExitCode.USAGE.code(), run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(!run.err().isEmpty());
  }

  @Test
  void aMissingFileIsRd001() {
    Cli verify = Cli.run("verify", "no/such/file.rundown");
    assertEquals(2, verify.exit());
    assertTrue(verify.err().contains("[RD001]"), verify.err());
    Cli check = Cli.run("check", "no/such/file.rundown");
    assertEquals(2, check.exit());
    assertTrue(check.err().contains("[RD001]"), check.err());
  }

  @Test
  void aMissingFileInJsonStillWritesAReportWithExit2() throws Exception {
    Cli run = Cli.run("verify", "--format", "json", "no/such/file.rundown");
    assertEquals(2, run.exit());
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertEquals(2, root.get("exit").asInt());
    assertEquals(0, root.get("models").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "verify --help", "check --help", "bench --help", "--version", "verify -h"})
  void helpAndVersionExitWith0OnStdout(String line) {
    Cli run = Cli.run(line.split(" "));
    assertEquals(0, run.exit());
    assertTrue(!run.out().isEmpty());
    assertEquals("", run.err());
  }

  @Test
  void helpShowsExamples() {
    for (String command : new String[] {"verify", "check", "bench"}) {
      assertTrue(Cli.run(command, "--help").out().contains("Examples:"), command);
    }
  }
}
