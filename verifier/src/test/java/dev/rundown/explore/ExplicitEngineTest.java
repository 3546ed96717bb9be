package dev.rundown.explore;

import static dev.rundown.semantics.IrBuilder.add;
import static dev.rundown.semantics.IrBuilder.assign;
import static dev.rundown.semantics.IrBuilder.bin;
import static dev.rundown.semantics.IrBuilder.eq;
import static dev.rundown.semantics.IrBuilder.num;
import static dev.rundown.semantics.IrBuilder.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.StopReason;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.semantics.HandlesModel;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.IrBuilder;
import dev.rundown.semantics.NodesModel;
import dev.rundown.semantics.TraceValidator;
import dev.rundown.trace.Trace;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine end to end: verdicts in model order, validated traces, budgets, determinism. */
class ExplicitEngineTest {
  private static final Bounds NO_KINDS = new Bounds(ImmutableSortedMap.of());

  static EngineResult check(Model model, Bounds bounds, Budget budget) {
    return new ExplicitEngine()
        .check(new CheckRequest(model, bounds, true, false, budget), ProgressListener.NONE);
  }

  /** x counts up to 3 by one or two; an assert forbids leaving 1 by two; done is x == 3; at end x is odd. */
  static Model counter() {
    IrBuilder b = new IrBuilder("Counter");
    int x = b.global("x", range(0, 3), 0);
    int noJump = b.assertion("NoJumpFromOne");
    b.action("a", "one", List.of(), bin(Expr.BinaryOp.LT, b.read(x), num(3)), 0, assign(x, add(b.read(x), num(1))));
    b.action("a", "two", List.of(), bin(Expr.BinaryOp.LT, b.read(x), num(2)), 0,
        IrBuilder.check(bin(Expr.BinaryOp.NE, b.read(x), num(1)), noJump), assign(x, add(b.read(x), num(2))));
    b.action("a", "stop", List.of(), eq(b.read(x), num(2)), 0, assign(x, num(2)));
    b.property("Small", PropertyKind.INVARIANT, bin(Expr.BinaryOp.LT, b.read(x), num(3)), 0);
    b.property("EndsOdd", PropertyKind.AT_END, eq(b.read(x), num(1)), 0);
    b.property("Finishes", PropertyKind.HANG, eq(b.read(x), num(3)), 0);
    return b.build();
  }

  @Test
  void verdictsInModelOrderWithRulesAndShortestValidTraces() {
    Model model = counter();
    EngineResult r = check(model, NO_KINDS, Budget.UNLIMITED);
    assertEquals(List.of("NoJumpFromOne", "Small", "EndsOdd", "Finishes", "WellDefined"),
        r.properties().stream().map(PropertyResult::property).toList());
    assertEquals(List.of(Verdict.VIOLATED, Verdict.VIOLATED, Verdict.VIOLATED, Verdict.HOLDS, Verdict.HOLDS),
        r.properties().stream().map(PropertyResult::verdict).toList());
    assertEquals(List.of("R-0"), r.properties().get(0).rules());
    assertEquals(PropertyKind.ASSERT, r.properties().get(0).kind());
    // The assert fails on the second step (one, then two from 1); x reaches 3 in two steps (one, two).
    assertEquals(2, r.properties().get(0).trace().orElseThrow().length());
    assertEquals(List.of("one", "two"),
        r.properties().get(1).trace().orElseThrow().steps().stream().map(s -> s.call().action()).toList());
    // The only terminal state is x == 3, which is not odd: a shortest path to it has two steps.
    assertEquals(2, r.properties().get(2).trace().orElseThrow().length());
    for (PropertyResult p : r.properties()) {
      p.trace().ifPresent(t -> assertTrue(TraceValidator.validate(Interpreter.compile(model, NO_KINDS), t).valid()));
    }
    assertEquals(4, r.stats().states());
    assertTrue(r.stopped().isEmpty());
  }

  @Test
  void hangIsFoundWithItsTrace() {
    IrBuilder b = new IrBuilder("Stuck");
    int x = b.global("x", range(0, 2), 0);
    b.action("a", "go", List.of(), eq(b.read(x), num(0)), 0, assign(x, num(1)));
    b.property("Unloads", PropertyKind.HANG, eq(b.read(x), num(2)), 0);
    Model model = b.build();
    EngineResult r = check(model, NO_KINDS, Budget.UNLIMITED);
    PropertyResult hang = r.properties().get(model.propertyIndex("Unloads"));
    assertEquals(Verdict.VIOLATED, hang.verdict());
    assertEquals(1, hang.trace().orElseThrow().length());
  }

  @Test
  void wellDefinedTraceEndsWithTheIllDefinedStep() {
    Model model = HandlesModel.build(true);
    EngineResult r = check(model, HandlesModel.bounds(2), Budget.UNLIMITED);
    Trace trace = r.properties().get(model.propertyIndex("WellDefined")).trace().orElseThrow();
    assertEquals("send", trace.steps().get(trace.length() - 1).call().action());
    assertEquals(trace.steps().get(trace.length() - 2).state(), trace.last(), "the ill-defined step changes nothing");
  }

  @Test
  void budgetStopsLeaveUndecidedPropertiesInconclusive() {
    Model model = HandlesModel.build(true);
    EngineResult r = check(model, HandlesModel.bounds(3), new Budget(200, Duration.ofDays(1), 0));
    assertEquals(Optional.of(StopReason.MAX_STATES), r.stopped());
    assertEquals(200, r.stats().states());
    assertEquals(Verdict.VIOLATED, r.properties().get(model.propertyIndex("ClosedHasNoOutstandingIo")).verdict());
    assertEquals(Verdict.INCONCLUSIVE, r.properties().get(model.propertyIndex("NoHang")).verdict());
    assertEquals(Verdict.INCONCLUSIVE, r.properties().get(model.propertyIndex("WellDefined")).verdict());
    EngineResult timed = check(HandlesModel.build(false), HandlesModel.bounds(4), new Budget(Long.MAX_VALUE,
        Duration.ZERO, 0));
    assertEquals(Optional.of(StopReason.TIME_LIMIT), timed.stopped());
    assertTrue(timed.properties().stream().allMatch(p -> p.verdict() == Verdict.INCONCLUSIVE));
  }

  @Test
  void runsAreDeterministicAndExactModeAgrees() {
    for (Model model : List.of(HandlesModel.build(true), NodesModel.build())) {
      Bounds bounds = model.name().equals("Nodes") ? NodesModel.bounds(3) : HandlesModel.bounds(3);
      for (boolean symmetry : new boolean[] {false, true}) {
        EngineResult a = new ExplicitEngine()
            .check(new CheckRequest(model, bounds, symmetry, false, Budget.UNLIMITED), ProgressListener.NONE);
        EngineResult again = new ExplicitEngine()
            .check(new CheckRequest(model, bounds, symmetry, false, Budget.UNLIMITED), ProgressListener.NONE);
        EngineResult exact = new ExplicitEngine()
            .check(new CheckRequest(model, bounds, symmetry, true, Budget.UNLIMITED), ProgressListener.NONE);
        for (EngineResult b : List.of(again, exact)) {
          assertEquals(a.properties(), b.properties());
          assertEquals(a.stats().states(), b.stats().states());
          assertEquals(a.stats().transitions(), b.stats().transitions());
          assertEquals(a.stats().depth(), b.stats().depth());
          assertEquals(a.stopped(), b.stopped());
        }
      }
    }
  }

  @Test
  void idIsExplicit() {
    assertEquals("explicit", new ExplicitEngine().id());
  }
}
