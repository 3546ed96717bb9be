package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.alloy.Certificate;
import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.EngineAgreement;
import dev.rundown.semantics.Interpreter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alloy's certificate of the interpreter's reachable states: it agrees with the explicit engine at full depth,
 * well beyond what a bounded check reaches, and each kind of wrong claim (another initial state, a step or a
 * binding missing, a step from a deadlock, a verdict or a shortest length wrong, a counterexample that is no Alloy
 * trace) is refuted with its claim named.
 */
class AlloyCertifierTest {
  private static Model model;
  private static Bounds bounds;
  private static Interpreter interpreter;
  private static AlloyModel alloy;
  private static Reachability reach;

  /** handles-close-too-early at one handle: ClosedHasNoOutstandingIo fails after 4 steps, WellDefined after 32. */
  @BeforeAll
  static void claims() {
    model = AlloyModels.design("models/bench/handles-close-too-early.rundown");
    bounds = Bounds.forModel(model, Map.of("Handle", 1));
    interpreter = Interpreter.compile(model, bounds);
    alloy = AlloyTranslator.translateNamed(model, bounds);
    reach = Reachability.of(interpreter, 1000, Long.MAX_VALUE);
  }

  private static int property(String name) {
    for (int p = 0; p < model.properties().size(); p++) {
      if (model.properties().get(p).name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static PropertyResult result(EngineResult r, String name) {
    return r.properties().stream().filter(p -> p.property().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> refuted(AlloyCertifier.Claims c) {
    return AlloyCertifier.refuted(c.certificate(alloy), "sat4j", Long.MAX_VALUE);
  }

  @Test
  void certifiesVerdictsAndShortestTracesAtFullDepth() {
    EngineResult run = new AlloyCertifier("sat4j", 1000).run(AlloyModels.request(model, bounds)).orElseThrow();
    EngineResult explicit = new ExplicitEngine().check(AlloyModels.request(model, bounds), ProgressListener.NONE);
    assertEquals(List.of(), EngineAgreement.disagreements(explicit, run, Integer.MAX_VALUE));
    assertEquals(274, run.stats().states());
    assertEquals(36, run.stats().depth());
    assertEquals(4, result(run, "ClosedHasNoOutstandingIo").trace().orElseThrow().length());
    assertEquals(32, result(run, "WellDefined").trace().orElseThrow().length(),
        "a violation no bounded Alloy check within the CI limit reaches");
  }

  @Test
  void theClaimsAsMadeAreNotRefuted() {
    assertEquals(List.of(), refuted(AlloyCertifier.claims(interpreter, alloy, reach)));
  }

  @Test
  void aWrongInitialStateIsRefuted() {
    AlloyCertifier.Claims c = AlloyCertifier.claims(interpreter, alloy, reach);
    assertEquals(List.of("the initial state is the interpreter's"), refuted(new AlloyCertifier.Claims(c.slots(),
        reach.states().get(1), c.bindings(), c.unbroken(), c.shortest(), c.witnesses(), c.results())));
  }

  @Test
  void aStepTheInterpreterDoesNotTakeIsRefuted() {
    AlloyCertifier.Claims c = AlloyCertifier.claims(interpreter, alloy, reach);
    List<Certificate.Binding> bindings = new ArrayList<>(c.bindings());
    int k = 0;
    while (!model.actions().get(bindings.get(k).action()).name().equals("complete")) {
      k++;
    }
    Certificate.Binding b = bindings.get(k);
    bindings.set(k, new Certificate.Binding(b.action(), b.args(), b.slots(), b.seen(),
        b.moves().subList(1, b.moves().size())));
    assertEquals(List.of("every step of complete[Handle1] from a reachable state is one the interpreter takes"),
        refuted(new AlloyCertifier.Claims(c.slots(), c.initial(), bindings, c.unbroken(), c.shortest(),
            c.witnesses(), c.results())));
    bindings.remove(k);
    assertEquals(List.of("every step is a binding of an action the interpreter has"),
        refuted(new AlloyCertifier.Claims(c.slots(), c.initial(), bindings, c.unbroken(), c.shortest(),
            c.witnesses(), c.results())));
  }

  @Test
  void aStepFromADeadlockedStateIsRefuted() {
    Model stops = AlloyModels.of(String.join("\n", "model Stops", "actors app", "var x: 0..2 = 0",
        "action app tick()", "  when x < 2", "  do x += 1", "invariant Small: x <= 2"));
    Bounds none = Bounds.forModel(stops, Map.of());
    Interpreter in = Interpreter.compile(stops, none);
    AlloyModel als = AlloyTranslator.translateNamed(stops, none);
    Reachability r = Reachability.of(in, 10, Long.MAX_VALUE);
    AlloyCertifier.Claims c = AlloyCertifier.claims(in, als, r);
    assertEquals(List.of(), AlloyCertifier.refuted(c.certificate(als), "sat4j", Long.MAX_VALUE));
    // a claimed step of tick from x = 2, where nothing can be done
    Certificate.Binding tick = c.bindings().get(0);
    List<Certificate.Move> moves = new ArrayList<>(tick.moves());
    ImmutableIntArray two = ImmutableIntArray.of(2);
    moves.add(new Certificate.Move(two, ImmutableIntArray.of(), two));
    Certificate.Binding more = new Certificate.Binding(tick.action(), tick.args(), tick.slots(), tick.seen(), moves);
    AlloyCertifier.Claims wrong = new AlloyCertifier.Claims(c.slots(), c.initial(), List.of(more), c.unbroken(),
        c.shortest(), c.witnesses(), c.results());
    assertEquals(List.of("no state where the interpreter can take a step is deadlocked"),
        AlloyCertifier.refuted(wrong.certificate(als), "sat4j", Long.MAX_VALUE));
  }

  @Test
  void aWrongVerdictOrShortestLengthIsRefuted() {
    AlloyCertifier.Claims c = AlloyCertifier.claims(interpreter, alloy, reach);
    int p = property("ClosedHasNoOutstandingIo");
    int[] holds = c.shortest().clone();
    holds[p] = -1;
    List<Certificate.Witness> others = c.witnesses().stream().filter(w -> w.property() != p).toList();
    assertEquals(List.of("ClosedHasNoOutstandingIo holds in every reachable state"),
        refuted(new AlloyCertifier.Claims(c.slots(), c.initial(), c.bindings(),
            AlloyCertifier.unbroken(interpreter, reach, holds), holds, others, c.results())));
    int[] later = c.shortest().clone();
    later[p] = 5;
    assertEquals(List.of("ClosedHasNoOutstandingIo fails no sooner than after 5 steps"),
        refuted(new AlloyCertifier.Claims(c.slots(), c.initial(), c.bindings(),
            AlloyCertifier.unbroken(interpreter, reach, later), later, c.witnesses(), c.results())));
  }

  @Test
  void aCounterexampleThatIsNoAlloyTraceIsRefutedAtItsStep() {
    AlloyCertifier.Claims c = AlloyCertifier.claims(interpreter, alloy, reach);
    List<Certificate.Witness> witnesses = new ArrayList<>();
    for (Certificate.Witness w : c.witnesses()) {
      if (model.properties().get(w.property()).name().equals("ClosedHasNoOutstandingIo")) {
        List<Certificate.Step> steps = new ArrayList<>(w.steps());
        Certificate.Step second = steps.get(1);
        // the same action and next state, claimed to be ill-defined
        steps.set(1, new Certificate.Step(second.action(), second.args(), new int[] {property("WellDefined")},
            second.post()));
        w = new Certificate.Witness(w.property(), w.probe(), w.initial(), steps);
      }
      witnesses.add(w);
    }
    assertEquals(List.of("step 2 of the counterexample to ClosedHasNoOutstandingIo is a step of the Alloy model"),
        refuted(new AlloyCertifier.Claims(c.slots(), c.initial(), c.bindings(), c.unbroken(), c.shortest(),
            witnesses, c.results())));
  }

  @Test
  void everyConstructIsCertified() {
    Model constructs = AlloyModels.of(AlloyEngineTest.CONSTRUCTS);
    Bounds b = Bounds.forModel(constructs, Map.of());
    EngineResult explicit = new ExplicitEngine().check(AlloyModels.request(constructs, b), ProgressListener.NONE);
    EngineResult run = new AlloyCertifier("sat4j", 10_000).run(AlloyModels.request(constructs, b)).orElseThrow();
    assertEquals(List.of(), EngineAgreement.disagreements(explicit, run, Integer.MAX_VALUE));
    assertTrue(run.properties().stream().anyMatch(r -> r.verdict() == Verdict.HOLDS));
    assertTrue(run.properties().stream().anyMatch(r -> r.verdict() == Verdict.VIOLATED));
  }

  @Test
  void aCertificateStopsAtTheTimeLimit() {
    CheckRequest request = new CheckRequest(model, bounds, false, false,
        Budget.UNLIMITED.withTimeLimit(Duration.ofNanos(1)));
    assertThrows(AlloyApi.OutOfTime.class, () -> new AlloyCertifier("sat4j", 1000).run(request));
  }

  @Test
  void aModelBeyondTheStateLimitIsNotCertified() {
    assertEquals(Optional.empty(), new AlloyCertifier("sat4j", 100).run(AlloyModels.request(model, bounds)));
  }
}
