package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.engine.ProgressListener;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.EngineAgreement;
import java.util.List;
import java.util.Map;
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
  private static final String CONSTRUCTS = String.join("\n",
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
}
