package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.CrossCheck;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.StopReason;
import dev.rundown.engine.Verdict;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.engine.ProgressListener;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.BothEngines;
import dev.rundown.pipeline.EngineAgreement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The Alloy engine on small models whose answers are known: verdicts, trace lengths, the bound (a violation
 * deeper than K steps is not seen), and every construct of an action body (if, for, either, choose, let, assert,
 * ill-defined reads and writes, hang, at end), each agreeing with the explicit engine.
 */
class AlloyEngineTest {
  private static EngineResult alloy(Model model, Bounds bounds, int steps) {
    return new AlloyEngine("sat4j", steps).check(AlloyModels.request(model, bounds), ProgressListener.NONE);
  }

  private static PropertyResult property(EngineResult result, String name) {
    return result.properties().stream().filter(p -> p.property().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void seededBugIsFoundWithAShortestTraceAndDeepViolationsStayOutsideTheBound() {
    Model model = AlloyModels.design("models/bench/handles-close-too-early.rundown");
    EngineResult result = alloy(model, Bounds.forModel(model, Map.of("Handle", 1)), 6);
    PropertyResult closed = property(result, "ClosedHasNoOutstandingIo");
    assertEquals(Verdict.VIOLATED, closed.verdict());
    assertEquals(4, closed.trace().orElseThrow().length());
    assertEquals(Verdict.HOLDS, property(result, "WellDefined").verdict(), "its violation needs 32 steps");
    assertEquals(6, result.stats().depth());
  }

  @Test
  void correctDesignHoldsWithinTheBound() {
    Model model = AlloyModels.design("models/bench/handles.rundown");
    EngineResult result = alloy(model, Bounds.forModel(model, Map.of("Handle", 1)), 5);
    result.properties().forEach(p -> assertEquals(Verdict.HOLDS, p.verdict(), p.property()));
  }

  /** Every statement form, asserts, ill-defined steps, hang and at end; each property fails early. */
  static final String CONSTRUCTS = String.join("\n",
      "model Constructs",
      "actors app",
      "enum Phase { A, B, C }",
      "kind Box[2] { n: 0..3 = 0; p: Phase = A; link: Box? = none; flag: bool }",
      "var total: 0..2 = 0",
      "var finished: bool",
      "action app bump(b: Box)",
      "  when b.n < 3",
      "  do b.n += 1",
      "     if b.n == 2 { b.p := B } else { b.flag := not b.flag }",
      "     total := total + 1",
      "action app pick(b: Box)",
      "  when b.link == none",
      "  do choose o: Box where o.p == A { b.link := o }",
      "action app follow(b: Box)",
      "  do assert b.link != none as LinkSet",
      "     b.link.p := C",
      "action app fork(b: Box)",
      "  when b.p == B",
      "  do either when b.flag { b.p := C } or { b.p := A; b.n := 0 }",
      "action app sweep()",
      "  when total == 2",
      "  do for x in Box { if x.p == C { x.flag := true } }",
      "     finished := true",
      "invariant NotAllC: not (all x: Box | x.p == C)",
      "at end Flags: all x: Box | x.flag",
      "done Finished: finished");

  @Test
  void everyConstructAgreesWithTheExplicitEngine() {
    Model model = AlloyModels.of(CONSTRUCTS);
    Bounds bounds = Bounds.forModel(model, Map.of());
    EngineResult explicit = new ExplicitEngine().check(AlloyModels.request(model, bounds), ProgressListener.NONE);
    int steps = 6;
    EngineResult alloy = alloy(model, bounds, steps);
    assertEquals(List.of(), EngineAgreement.disagreements(explicit, alloy, steps));
    assertEquals(Verdict.VIOLATED, property(alloy, "LinkSet").verdict());
    assertEquals(Verdict.VIOLATED, property(alloy, "WellDefined").verdict());
    assertTrue(alloy.properties().stream().allMatch(p -> p.trace().isPresent() == (p.verdict() == Verdict.VIOLATED)));
  }
  /**
   * A symmetric kind is a plain sig, whose atoms Kodkod may permute, unless the translation must name one of its
   * instances (here the {@code for} in sweep); either way the engines agree, and traces name instances by atom.
   */
  @Test
  void aSymmetricKindIsAPlainSigUnlessAnInstanceMustBeNamed() {
    String symmetric = CONSTRUCTS.replace("kind Box[2]", "symmetric kind Box[2]");
    String noLoop = symmetric.replace("  do for x in Box { if x.p == C { x.flag := true } }\n", "  do ");
    for (String text : List.of(symmetric, noLoop)) {
      Model model = AlloyModels.of(text);
      Bounds bounds = Bounds.forModel(model, Map.of());
      AlloyModel translated = AlloyTranslator.translate(model, bounds);
      boolean named = text.contains("for x in Box");
      assertEquals(!named, translated.text().contains("\nsig Box {"), text);
      assertEquals(named, translated.text().contains("one sig Box1, Box2 extends Box"), text);
      assertEquals(!named, translated.scope(4).endsWith("exactly 2 Box"), translated.scope(4));
      EngineResult explicit = new ExplicitEngine().check(AlloyModels.request(model, bounds), ProgressListener.NONE);
      assertEquals(List.of(), EngineAgreement.disagreements(explicit, alloy(model, bounds, 6), 6));
    }
  }

  @Test
  void deepeningRoundsGrowByAboutHalfAndEndAtTheStepsAsked() {
    assertEquals(List.of(1, 2, 3, 4, 6, 9, 13, 19, 27), AlloyEngine.deepening(27));
    assertEquals(List.of(1, 2, 3), AlloyEngine.deepening(3));
    assertEquals(List.of(0), AlloyEngine.deepening(0));
  }

  /**
   * With a time limit the engine deepens; given time it reaches the steps asked with the verdicts and shortest
   * traces of a single check, and a limit too short for any round leaves every property INCONCLUSIVE, stopped by
   * the time limit, without an error.
   */
  @Test
  void aTimeLimitDeepensAndStopsCleanly() {
    Model model = AlloyModels.design("models/bench/handles-close-too-early.rundown");
    Bounds bounds = Bounds.forModel(model, Map.of("Handle", 1));
    EngineResult single = alloy(model, bounds, 6);
    AlloyEngine.Run deep = new AlloyEngine("sat4j", 6).run(budgeted(model, bounds, Duration.ofMinutes(5)));
    assertEquals(6, deep.reached());
    assertEquals(Optional.empty(), deep.result().stopped());
    assertEquals(List.of(1, 2, 3, 4, 6), deep.solves().stream().filter(s -> s.properties().size() > 1)
        .map(AlloyEngine.Solve::steps).distinct().toList(), "one round per step of the schedule");
    for (PropertyResult p : single.properties()) {
      PropertyResult d = property(deep.result(), p.property());
      assertEquals(p.verdict(), d.verdict(), p.property());
      assertEquals(p.trace().map(t -> t.length()), d.trace().map(t -> t.length()), p.property());
    }

    AlloyEngine.Run none = new AlloyEngine("sat4j", 6).run(budgeted(model, bounds, Duration.ofNanos(1)));
    assertEquals(-1, none.reached());
    assertEquals(Optional.of(StopReason.TIME_LIMIT), none.result().stopped());
    none.result().properties().forEach(p -> assertEquals(Verdict.INCONCLUSIVE, p.verdict(), p.property()));
  }

  /** Steps beyond Kodkod's capacity (233 atoms and a four-column relation here) stop the run, not crash it. */
  @Test
  void stepsBeyondKodkodsCapacityStopTheRun() {
    Model model = AlloyModels.design("models/fltmgr/context-cleanup/cleanup-touches-freed-member.rundown");
    AlloyEngine.Run run = new AlloyEngine("sat4j", 60).run(AlloyModels.request(model, Bounds.forModel(model, Map.of())));
    assertEquals(Optional.of(StopReason.CAPACITY), run.result().stopped());
    assertEquals(-1, run.reached());
    run.result().properties().forEach(p -> assertEquals(Verdict.INCONCLUSIVE, p.verdict(), p.property()));
  }

  private static CheckRequest budgeted(Model model, Bounds bounds, Duration limit) {
    return new CheckRequest(model, bounds, false, false, Budget.UNLIMITED.withTimeLimit(limit));
  }

  /**
   * {@code --engine both} reports the explicit verdicts and how far Alloy confirmed them: all the steps asked
   * when given; else every reachable state, by a certificate, for a model within its state limit; else as far as
   * its time allows towards the explicit depth + 1.
   */
  @Test
  void bothEnginesReportHowFarAlloyAgreed() {
    Model model = AlloyModels.design("models/bench/handles-close-too-early.rundown");
    Bounds bounds = Bounds.forModel(model, Map.of("Handle", 1));
    EngineResult explicit = new ExplicitEngine().check(AlloyModels.request(model, bounds), ProgressListener.NONE);
    EngineResult fixed = new BothEngines("sat4j", OptionalInt.of(6), BothEngines.CERTIFIED_STATES)
        .check(AlloyModels.request(model, bounds), ProgressListener.NONE);
    assertEquals(explicit.properties(), fixed.properties());
    assertEquals(Optional.of(new CrossCheck("alloy", 6, 6, Optional.empty())), fixed.crossCheck());

    EngineResult certified = new BothEngines("sat4j", OptionalInt.empty(), BothEngines.CERTIFIED_STATES)
        .check(AlloyModels.request(model, bounds), ProgressListener.NONE);
    assertEquals(explicit.properties(), certified.properties());
    assertEquals(Optional.of(CrossCheck.everyState("alloy", explicit.stats().depth() + 1)), certified.crossCheck());

    Bounds two = Bounds.forModel(model, Map.of("Handle", 2)); // beyond a certificate state limit of 1,000
    EngineResult timed = new BothEngines("sat4j", OptionalInt.empty(), 1_000)
        .check(budgeted(model, two, Duration.ofSeconds(2)), ProgressListener.NONE);
    CrossCheck check = timed.crossCheck().orElseThrow();
    assertEquals(new ExplicitEngine().check(AlloyModels.request(model, two), ProgressListener.NONE).stats().depth()
        + 1, check.target());
    assertTrue(check.steps() < check.target(), "2 s is too short for " + check.target() + " steps");
    assertEquals(Optional.of(StopReason.TIME_LIMIT), check.stopped());
  }
}
