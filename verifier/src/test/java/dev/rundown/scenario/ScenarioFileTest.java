package dev.rundown.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading generated text back, the checksum marker, the overwrite rule and the Java names of scenarios. */
class ScenarioFileTest {
  private static final ScenarioSpec SPEC = new ScenarioSpec(
      "rundown.scenarios.x", "ModelPropTest", "models/x/a \"b\".rundown", "K=2", "sha256:00",
      "./rundown scenarios models/x/a.rundown", "of M to P, from models/x/a.rundown",
      List.of(
          new ScenarioStep(List.of(), "open", List.of("K1"), List.of("1. app open(K1)", "   K1.s: a -> b")),
          new ScenarioStep(List.of(1, 0), "P.3", List.of("K2", "none", "caf\u00e9\\"), List.of("2. with \\u0041"))),
      ScenarioOutcome.violates("P", 2));

  @Test
  void generatedTextReadsBackToItsSpec() throws Exception {
    String text = ScenarioGenerator.generate(SPEC);
    ScenarioSpec back = ScenarioFile.parse(text);
    assertEquals(SPEC.steps().get(0), back.steps().get(0));
    assertEquals(List.of("2. with /u0041"), back.steps().get(1).comment()); // no unicode escape in a comment
    assertEquals(SPEC.steps().get(1).args(), back.steps().get(1).args());
    assertEquals(SPEC.modelPath(), back.modelPath());
    assertEquals(SPEC.expected(), back.expected());
    ScenarioSpec guard = back.promoted(ScenarioOutcome.noViolation(), "sha256:11", "cmd");
    assertEquals(guard, ScenarioFile.parse(ScenarioGenerator.generate(guard)));
  }

  @Test
  void anEditedOrForeignTextIsNotReadBack() {
    String text = ScenarioGenerator.generate(SPEC);
    assertThrows(ScenarioFile.NotAScenarioException.class, () -> ScenarioFile.parse(text.replace("\"P\", 2", "\"P\", 3")));
    assertThrows(ScenarioFile.NotAScenarioException.class, () -> ScenarioFile.parse("class A {}\n"));
  }

  @Test
  void overwriteRule() {
    String text = ScenarioGenerator.generate(SPEC);
    String other = ScenarioGenerator.generate(SPEC.promoted(ScenarioOutcome.noViolation(), "sha256:11", "cmd"));
    String edited = text + "// mine\n";
    assertEquals(Overwrite.CREATE, Overwrite.decide(Optional.empty(), text, false));
    assertEquals(Overwrite.UNCHANGED, Overwrite.decide(Optional.of(text), text, false));
    assertEquals(Overwrite.REPLACE, Overwrite.decide(Optional.of(other), text, false));
    assertEquals(Overwrite.REFUSE_EDITED, Overwrite.decide(Optional.of(edited), text, false));
    assertEquals(Overwrite.REFUSE_NOT_GENERATED, Overwrite.decide(Optional.of("class A {}"), text, false));
    assertEquals(Overwrite.REPLACE, Overwrite.decide(Optional.of(edited), text, true));
  }

  @Test
  void namesFollowTheDesignsDirectoryModelAndProperty() {
    assertEquals("rundown.scenarios.fltmgr.contextcleanup",
        ScenarioNames.packageFor("models/fltmgr/context-cleanup/double-release.rundown"));
    assertEquals("rundown.scenarios", ScenarioNames.packageFor("models/a.rundown"));
    assertEquals("rundown.scenarios.m1x.int_", ScenarioNames.packageFor("1x/int/a.rundown"));
    assertEquals("DoubleReleaseNoUseAfterFreeTest", ScenarioNames.classFor("DoubleRelease", "NoUseAfterFree", false));
    assertEquals("DoubleReleaseNoUseAfterFreeGuardTest", ScenarioNames.classFor("DoubleRelease", "NoUseAfterFree", true));
  }
}
