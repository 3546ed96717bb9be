package dev.rundown.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.rundown.ir.Model;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The replay cursor on the hand-built handles model: taking, rejecting, choosing, and the failures per position. */
class ReplayerTest {
  private static final Model BUGGY = HandlesModel.build(true);

  private static Replayer start() {
    return Replayer.start(Interpreter.compile(BUGGY, HandlesModel.bounds(2)));
  }

  private static StepOutcome advance(Replayer r, String action, String... args) {
    return r.advance(action, List.of(args), Optional.empty());
  }

  @Test
  void aRejectedStepLeavesTheCursorWhereItWas() {
    Replayer r = start();
    var before = r.values();
    StepOutcome.Rejected rejected = assertInstanceOf(StepOutcome.Rejected.class, advance(r, "close", "Handle1"));
    assertEquals(DivergenceReason.GUARD_FALSE, rejected.reason());
    assertEquals(List.of("open(Handle1)", "open(Handle2)"), rejected.enabled());
    assertEquals(0, r.step());
    assertEquals(before, r.values());
    assertInstanceOf(StepOutcome.Taken.class, advance(r, "open", "Handle1"));
    assertEquals(1, r.step());
  }

  @Test
  void failuresAreReportedAtThePositionWhereTheyHappen() {
    Replayer r = start();
    int invariant = BUGGY.propertyIndex("ClosedHasNoOutstandingIo");
    for (String action : List.of("open", "send", "cleanup")) {
      advance(r, action, "Handle1");
      assertEquals(List.of(), r.violations(), action);
    }
    advance(r, "close", "Handle1");
    assertEquals(List.of(invariant), r.violations());
    assertFalse(r.stuck());
    assertFalse(r.terminal());
  }

  @Test
  void choicesPickTheRunAndUnknownOnesAreRejectedWithThePossibleOnes() {
    Replayer r = start();
    advance(r, "open", "Handle1");
    advance(r, "send", "Handle1");
    advance(r, "send", "Handle1");
    StepOutcome.Rejected rejected = assertInstanceOf(StepOutcome.Rejected.class,
        r.advance("cancel", List.of("Handle1"), Optional.of(List.of(3))));
    assertEquals(DivergenceReason.NO_SUCH_CHOICES, rejected.reason());
    assertEquals(List.of(List.of(0), List.of(1)), rejected.choices());
    StepOutcome.Taken second = assertInstanceOf(StepOutcome.Taken.class,
        r.advance("cancel", List.of("Handle1"), Optional.of(List.of(1))));
    assertEquals(List.of(1), second.transition().choices().asList());
    assertEquals("CancelRequested", r.values().get("Handle1.s2").toString());
    assertEquals("Pending", r.values().get("Handle1.s1").toString());
  }
}
