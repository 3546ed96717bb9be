package dev.rundown.alloyrun;

import com.google.common.primitives.ImmutableIntArray;
import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.alloy.Certificate;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Stats;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Layout;
import dev.rundown.semantics.Traces;
import dev.rundown.semantics.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Alloy at full depth: the interpreter's reachable states (plain breadth-first search, {@link Reachability}) and
 * the verdicts they give, certified by Alloy ({@link Certificate}): its initial state is the interpreter's, every
 * step it takes from a reachable state is one the interpreter takes (checked per action binding over the slots
 * the binding touches), no property fails in a reachable state sooner than claimed, and each counterexample is an
 * Alloy trace. So each verdict is Alloy's too, in every reachable state and not only within K steps, and each
 * counterexample is a shortest one under the Alloy model. A refuted claim means the translation and the
 * interpreter disagree: an {@link IllegalStateException} naming the claims. Stateless; calls into Alloy are
 * serialised.
 */
public final class AlloyCertifier {
  private final String solver;
  private final int stateLimit;

  /** A certifier using {@code solver}, for models of at most {@code stateLimit} reachable states. */
  public AlloyCertifier(String solver, int stateLimit) {
    this.solver = solver;
    this.stateLimit = stateLimit;
  }

  /** The interpreter's claims about a model, as a certificate states them, and the verdicts they amount to. */
  record Claims(List<Certificate.Slot> slots, int[] initial, List<Certificate.Binding> bindings,
      List<Certificate.Unbroken> unbroken, int[] shortest, List<Certificate.Witness> witnesses,
      List<PropertyResult> results) {
    Certificate certificate(AlloyModel alloy) {
      return Certificate.of(alloy, slots, initial, bindings, unbroken, shortest, witnesses);
    }
  }

  /**
   * Every property of the request's model, certified (stats: the interpreter's states, transitions, depth and
   * seconds); empty when the model has more reachable states than the limit. Past the request's time limit, if
   * it has one, {@link AlloyApi.OutOfTime}.
   */
  public Optional<EngineResult> run(CheckRequest request) {
    long start = System.nanoTime();
    long deadline = request.budget().hasTimeLimit() ? start + request.budget().timeLimit().toNanos() : Long.MAX_VALUE;
    Model model = request.model();
    Interpreter interpreter = Interpreter.compile(model, request.bounds());
    Reachability reach;
    try {
      reach = Reachability.of(interpreter, stateLimit, deadline);
    } catch (Reachability.TooMany e) {
      return Optional.empty();
    }
    AlloyModel alloy = AlloyTranslator.translateNamed(model, request.bounds());
    Claims claims = claims(interpreter, alloy, reach);
    Certificate certificate = claims.certificate(alloy);
    List<String> refuted = refuted(certificate, solver, deadline);
    if (!refuted.isEmpty()) {
      throw new IllegalStateException("Alloy refutes the interpreter's reachable states of " + model.name()
          + ": it is not so that " + String.join("; ", refuted));
    }
    Stats stats = new Stats(reach.states().size(), reach.transitions(), reach.maxDepth(),
        (System.nanoTime() - start) / 1e9, 0, 0);
    return Optional.of(new EngineResult(claims.results(), stats, Optional.empty()));
  }

  /** What the interpreter's reachable states claim: states, distances, verdicts and shortest counterexamples. */
  static Claims claims(Interpreter interpreter, AlloyModel alloy, Reachability reach) {
    Model model = interpreter.model();
    Layout layout = interpreter.layout();
    List<Certificate.Slot> slots = new ArrayList<>();
    for (int s = 0; s < layout.size(); s++) {
      slots.add(new Certificate.Slot(layout.var(s), layout.index(s)));
    }
    int[] shortest = new int[model.properties().size()];
    List<Certificate.Witness> witnesses = new ArrayList<>();
    List<PropertyResult> results = new ArrayList<>();
    for (int p = 0; p < shortest.length; p++) {
      Property prop = model.properties().get(p);
      Reachability.Violation v = reach.shortest(p);
      shortest[p] = v == null ? -1 : v.length();
      if (v == null) {
        results.add(new PropertyResult(prop.name(), prop.kind(), Verdict.HOLDS, prop.rules(), Optional.empty()));
        continue;
      }
      List<Transition> path = reach.path(v);
      witnesses.add(witness(alloy, v, reach.initial(), path));
      results.add(new PropertyResult(prop.name(), prop.kind(), Verdict.VIOLATED, prop.rules(),
          Optional.of(Traces.build(interpreter, prop.name(), reach.initial(), path))));
    }
    return new Claims(slots, reach.initial(), reach.bindings(), unbroken(interpreter, reach, shortest), shortest,
        witnesses, results);
  }

  /**
   * Per property failing in a state (all but asserts), over the slots its formula reads (for WellDefined, every
   * formula it judges defined), the values they hold in the reachable states nearer than its shortest violation
   * (all, if none): an invariant's anywhere; an at-end or hang property's in the states where nothing can be done
   * (in the others its Alloy probe needs a deadlock, which the certificate rules out there); WellDefined's anywhere
   * in those states, in the others where a deadlock is ruled out (the formulas judged only in a deadlock).
   */
  static List<Certificate.Unbroken> unbroken(Interpreter interpreter, Reachability reach, int[] shortest) {
    List<Property> properties = interpreter.model().properties();
    List<Certificate.Unbroken> unbroken = new ArrayList<>();
    int[] depths = reach.depths();
    for (int p = 0; p < shortest.length; p++) {
      PropertyKind kind = properties.get(p).kind();
      if (kind == PropertyKind.ASSERT) {
        continue;
      }
      Set<Integer> slots = new TreeSet<>();
      for (int q = 0; q < properties.size(); q++) {
        if (q == p || kind == PropertyKind.WELL_DEFINED) {
          Arrays.stream(interpreter.formulaSlots(q)).forEach(slots::add);
        }
      }
      int[] f = slots.stream().mapToInt(Integer::intValue).toArray();
      Set<ImmutableIntArray> anywhere = new HashSet<>();
      Set<ImmutableIntArray> live = new HashSet<>();
      for (int s = 0; s < depths.length; s++) {
        if (shortest[p] >= 0 && depths[s] >= shortest[p]) {
          continue;
        }
        ImmutableIntArray values = BindingTables.project(reach.states().get(s), f);
        if (kind == PropertyKind.INVARIANT || reach.stuck(s)) {
          anywhere.add(values);
        } else if (kind == PropertyKind.WELL_DEFINED) {
          live.add(values);
        }
      }
      unbroken.add(new Certificate.Unbroken(p, ImmutableIntArray.copyOf(f), List.copyOf(anywhere),
          List.copyOf(live)));
    }
    return unbroken;
  }

  /** Runs the certificate's checks until {@code deadline}; the claims Alloy refutes (none: certified). */
  static List<String> refuted(Certificate certificate, String solver, long deadline) {
    List<List<String>> broken = certificate.checks().stream()
        .map(c -> c.stream().map(o -> "{s: State | " + o.pred() + "}").toList()).toList();
    List<AlloyApi.Answer> got = AlloyApi.solveEach(certificate.text(), solver, broken, deadline);
    List<String> claims = new ArrayList<>();
    for (int c = 0; c < got.size(); c++) {
      for (int i = 0; got.get(c).satisfiable() && i < broken.get(c).size(); i++) {
        if (!got.get(c).values().get(i).isEmpty()) {
          claims.add(certificate.checks().get(c).get(i).claim());
        }
      }
    }
    return claims;
  }

  /** The counterexample of violation {@code v} as the certificate states it. */
  private static Certificate.Witness witness(AlloyModel alloy, Reachability.Violation v, int[] initial,
      List<Transition> path) {
    List<Certificate.Step> steps = new ArrayList<>();
    for (Transition t : path) {
      steps.add(new Certificate.Step(t.action(), t.args().toArray(), t.violated().toArray(),
          t.next().map(n -> n.toArray()).orElse(null)));
    }
    int offset = v.step() == null ? 0 : 1;
    List<AlloyModel.Probe> probes = alloy.probes(v.property());
    int probe = 0;
    while (probes.get(probe).offset() != offset) {
      probe++;
    }
    return new Certificate.Witness(v.property(), probe, initial, steps);
  }
}
