package dev.rundown.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Model;
import dev.rundown.trace.ActionCall;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replaying traces: the close-too-early counterexample validates; any change to it is caught at its step. */
class TraceValidatorTest {
  private static final Model BUGGY = HandlesModel.build(true);

  private static Interpreter interpreter() {
    return Interpreter.compile(BUGGY, HandlesModel.bounds(2));
  }

  /** open, send, cleanup, close on Handle1, built through the interpreter. */
  private static Trace counterexample(String property) {
    Interpreter in = interpreter();
    int[] state = in.initialState();
    List<Transition> path = new ArrayList<>();
    for (String action : List.of("open", "send", "cleanup", "close")) {
      Transition t = in.transitions(state).stream()
          .filter(x -> BUGGY.actions().get(x.action()).name().equals(action) && x.args().get(0) == 0)
          .findFirst()
          .orElseThrow();
      path.add(t);
      state = t.next().orElseThrow().toArray();
    }
    return Traces.build(in, property, in.initialState(), path);
  }

  private static Trace withStep(Trace trace, int index, TraceStep step) {
    List<TraceStep> steps = new ArrayList<>(trace.steps());
    steps.set(index, step);
    return new Trace(trace.model(), trace.property(), trace.initial(), steps);
  }

  @Test
  void theCounterexampleValidates() {
    Trace trace = counterexample("ClosedHasNoOutstandingIo");
    assertEquals(4, trace.length());
    assertEquals(new Value.EnumValue("HandleState", "Closed"), trace.last().get("Handle1.state"));
    assertEquals(new Value.IntValue(1), trace.last().get("inflight"));
    assertEquals("close", trace.steps().get(3).label());
    assertTrue(TraceValidator.validate(interpreter(), trace).valid());
  }

  @Test
  void aDisabledStepIsReportedAtItsNumber() {
    Trace trace = counterexample("ClosedHasNoOutstandingIo");
    TraceStep second = trace.steps().get(1);
    ActionCall reset = new ActionCall("app", "reset", second.call().args());
    TraceValidation v = TraceValidator.validate(
        interpreter(), withStep(trace, 1, new TraceStep(reset, List.of(), "reset", "", second.state())));
    assertFalse(v.valid());
    assertEquals(2, v.step());
  }

  @Test
  void aWrongChoiceIsCaught() {
    Trace trace = counterexample("ClosedHasNoOutstandingIo");
    TraceStep third = trace.steps().get(2);
    TraceValidation v = TraceValidator.validate(interpreter(),
        withStep(trace, 2, new TraceStep(third.call(), List.of(1), third.label(), third.location(), third.state())));
    assertFalse(v.valid());
    assertEquals(3, v.step());
  }

  @Test
  void aWrongStateIsCaught() {
    Trace trace = counterexample("ClosedHasNoOutstandingIo");
    TraceStep last = trace.steps().get(3);
    Map<String, Value> state = new LinkedHashMap<>(last.state());
    state.put("inflight", new Value.IntValue(0));
    TraceValidation v = TraceValidator.validate(interpreter(), withStep(trace, 3,
        new TraceStep(last.call(), last.choices(), last.label(), last.location(), ImmutableMap.copyOf(state))));
    assertFalse(v.valid());
    assertEquals(4, v.step());
  }

  @Test
  void aPropertyThatDoesNotFailAtTheEndIsCaught() {
    TraceValidation invariant = TraceValidator.validate(interpreter(), counterexample("WellDefined"));
    assertFalse(invariant.valid());
    assertEquals(5, invariant.step());
    TraceValidation hang = TraceValidator.validate(interpreter(), counterexample("NoHang"));
    assertFalse(hang.valid());
    TraceValidation unknown = TraceValidator.validate(interpreter(), counterexample("NoSuchProperty"));
    assertFalse(unknown.valid());
  }

  @Test
  void aTruncatedTraceDoesNotShowTheViolation() {
    Trace trace = counterexample("ClosedHasNoOutstandingIo");
    Trace shorter = new Trace(trace.model(), trace.property(), trace.initial(), trace.steps().subList(0, 3));
    assertFalse(TraceValidator.validate(interpreter(), shorter).valid());
  }
}
