package dev.rundown.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.semantics.DivergenceReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay runtime on real models of the corpus: outcomes, divergence reports, choices and expectations. */
class ReplayTest {
  private static final Model HANDLES = CorpusModels.model("models/bench/handles-close-too-early.rundown");
  private static final Bounds THREE = CorpusModels.defaults(HANDLES);

  private static Replay closeTooEarly() {
    return Replay.of(HANDLES, THREE).step("open", "Handle1").step("send", "Handle1").step("cleanup", "Handle1")
        .step("close", "Handle1");
  }

  @Test
  void aReproducerViolatesAtItsLastStep() {
    ReplayResult.Violated v = assertInstanceOf(ReplayResult.Violated.class, closeTooEarly().run());
    assertEquals(4, v.step());
    assertEquals("ClosedHasNoOutstandingIo", v.property());
    assertEquals(List.of("WDM-FILE-4"), v.rules());
    assertEquals("close(Handle1)", v.call());
    closeTooEarly().expect(Outcome.violates("ClosedHasNoOutstandingIo", 4));
  }

  @Test
  void expectFailsWithTheActualResult() {
    ReplayFailure f = assertThrows(ReplayFailure.class, () -> closeTooEarly().expect(Outcome.noViolation()));
    assertEquals(Outcome.noViolation(), f.expected());
    assertInstanceOf(ReplayResult.Violated.class, f.actual());
    assertThrows(ReplayFailure.class, () -> closeTooEarly().expect(Outcome.violates("ClosedHasNoOutstandingIo", 3)));
    assertThrows(ReplayFailure.class, () -> closeTooEarly().expect(Outcome.violates("WellDefined", 4)));
    assertThrows(ReplayFailure.class, () -> closeTooEarly().expect(Outcome.noLongerPossible()));
  }

  @Test
  void aCleanScenarioCompletes() {
    Replay open = Replay.of(HANDLES, THREE).step("open", "Handle1").step("open", "Handle2");
    assertEquals(new ReplayResult.Completed(2), open.run());
    open.expect(Outcome.noViolation());
    assertEquals(new ReplayResult.Completed(0), Replay.of(HANDLES, THREE).run());
  }

  @Test
  void theBuilderIsImmutable() {
    Replay empty = Replay.of(HANDLES, THREE);
    Replay one = empty.step("open", "Handle1");
    assertEquals(0, empty.steps().size());
    assertEquals(1, one.steps().size());
    assertEquals("open(Handle1)", one.steps().get(0).toString());
  }

  @Test
  void aDisabledStepSaysWhyAndWhatIsEnabled() {
    ReplayResult.Diverged d = assertInstanceOf(ReplayResult.Diverged.class,
        Replay.of(HANDLES, THREE).step("open", "Handle1").step("close", "Handle1").run());
    assertEquals(2, d.step());
    assertEquals("close(Handle1)", d.call());
    assertEquals(DivergenceReason.GUARD_FALSE, d.reason());
    assertEquals(List.of("open(Handle2)", "open(Handle3)", "send(Handle1)", "cleanup(Handle1)"), d.enabled());
    Replay.of(HANDLES, THREE).step("close", "Handle1").expect(Outcome.noLongerPossible());
  }

  @Test
  void unknownActionsAndBadArgumentsDiverge() {
    assertEquals(DivergenceReason.UNKNOWN_ACTION, diverged(Replay.of(HANDLES, THREE).step("shutdown")).reason());
    ReplayResult.Diverged outOfRange = diverged(Replay.of(HANDLES, THREE).step("open", "Handle4"));
    assertEquals(DivergenceReason.BAD_ARGUMENTS, outOfRange.reason());
    assertEquals(List.of("open(Handle1)", "open(Handle2)", "open(Handle3)"), outOfRange.enabled());
    assertEquals(DivergenceReason.BAD_ARGUMENTS, diverged(Replay.of(HANDLES, THREE).step("open")).reason());
    assertEquals(DivergenceReason.BAD_ARGUMENTS,
        diverged(Replay.of(HANDLES, THREE).step("open", "Handle1", "Handle2")).reason());
  }

  @Test
  void choicesSelectTheRunAndWrongOnesDiverge() {
    Replay twoPending = Replay.of(HANDLES, THREE).step("open", "Handle1").step("send", "Handle1")
        .step("send", "Handle1");
    // Without choices the first run is taken: slot s1 is cancelled; with choice 1, slot s2.
    assertEquals(new ReplayResult.Completed(4), twoPending.step("cancel", "Handle1").run());
    assertEquals(new ReplayResult.Completed(4), twoPending.step(List.of(1), "cancel", "Handle1").run());
    ReplayResult.Diverged d = diverged(twoPending.step(List.of(2), "cancel", "Handle1"));
    assertEquals(DivergenceReason.NO_SUCH_CHOICES, d.reason());
    assertEquals(List.of(List.of(0), List.of(1)), d.choices());
    assertEquals(4, d.step());
  }

  @Test
  void aRoutineStepOutOfTurnIsAtAnotherPc() {
    Model routines = CorpusModels.model("models/examples/context-routines.rundown");
    Replay r = Replay.of(routines, CorpusModels.defaults(routines)).step("PostCreate.2", "Stream1", "1");
    ReplayResult.Diverged d = diverged(r);
    assertEquals(DivergenceReason.PC_ELSEWHERE, d.reason());
    assertTrue(d.enabled().contains("PostCreate.1(Stream1, 1)"), d.enabled().toString());
    assertEquals(new ReplayResult.Completed(2),
        Replay.of(routines, CorpusModels.defaults(routines)).step("PostCreate.1", "Stream1", "1")
            .step("PostCreate.2", "Stream1", "1").run());
  }

  @Test
  void theReproducerIsNoLongerPossibleOnTheFixedDesign() {
    Model fixed = CorpusModels.model("models/bench/handles.rundown");
    Replay onFixed = Replay.of(fixed, CorpusModels.defaults(fixed)).step("open", "Handle1").step("send", "Handle1")
        .step("cleanup", "Handle1").step("close", "Handle1");
    ReplayResult.Diverged d = diverged(onFixed);
    assertEquals(4, d.step());
    assertEquals(DivergenceReason.GUARD_FALSE, d.reason());
    assertTrue(d.enabled().contains("complete(Handle1)"), d.enabled().toString());
    onFixed.expect(Outcome.noLongerPossible());
  }

  @Test
  void boundsMustCoverTheModel() {
    assertThrows(IllegalArgumentException.class, () -> Replay.of(HANDLES, Bounds.of(Map.of())));
  }

  private static ReplayResult.Diverged diverged(Replay replay) {
    return assertInstanceOf(ReplayResult.Diverged.class, replay.run());
  }
}
