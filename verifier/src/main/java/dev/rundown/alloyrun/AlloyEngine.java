package dev.rundown.alloyrun;

import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Stats;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.semantics.Interpreter;
import dev.rundown.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Alloy engine: translates the model, then checks every open property in one solve over traces of exactly
 * K steps (a bounded check needs no shorter ones: every trace ends in stuttering, so a shorter run is padded to
 * length K). When that finds a counterexample, each property it breaks gets a search for its shortest one (see
 * {@link #shortest}), and the rest are checked again: (violated properties + 1) solves of the whole K, plus the
 * short searches. A verdict HOLDS means "no violation within K steps". Stateless; calls into Alloy are serialised.
 */
public final class AlloyEngine implements Engine {
  /** Steps checked when neither the caller nor the model says. */
  public static final int DEFAULT_STEPS = 20;

  private final String solver;
  private final int steps;

  public AlloyEngine(String solver, int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must not be negative: " + steps);
    }
    this.solver = solver;
    this.steps = steps;
  }

  /** One solve: which properties it covered, over traces of how many steps, and its cost. */
  public record Solve(List<String> properties, int steps, boolean counterexample, long primaryVars,
      long vars, long clauses, double seconds) {}

  /** The engine's result with the steps it covered and every solve it made. */
  public record Run(EngineResult result, int steps, List<Solve> solves) {}

  @Override
  public String id() {
    return "alloy";
  }

  public int steps() {
    return steps;
  }

  @Override
  public EngineResult check(CheckRequest request, ProgressListener progress) {
    return run(request).result();
  }

  /** Checks every property of the request's model within {@link #steps()} steps. */
  public Run run(CheckRequest request) {
    return run(request, request.model().properties().stream().map(Property::name).toList());
  }

  /**
   * Checks the named properties of the request's model within {@link #steps()} steps; the result lists only
   * those, in model order (a benchmark's view of one property; a property's proof can be far harder than the
   * others', as with a counter's range, see verifier/README.md).
   */
  public Run run(CheckRequest request, List<String> properties) {
    long start = System.nanoTime();
    Model model = request.model();
    AlloyModel alloy = AlloyTranslator.translate(model, request.bounds());
    Interpreter interpreter = Interpreter.compile(model, request.bounds());
    List<Solve> solves = new ArrayList<>();
    Verdict[] verdicts = new Verdict[model.properties().size()];
    Trace[] traces = new Trace[verdicts.length];
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < verdicts.length; p++) {
      if (properties.contains(model.properties().get(p).name())) {
        open.add(p);
      }
    }
    List<Integer> checked = List.copyOf(open);
    while (!open.isEmpty()) {
      AlloyApi.Answer all = solve(alloy, open, steps, solves);
      if (!all.satisfiable()) {
        open.forEach(p -> verdicts[p] = Verdict.HOLDS);
        break;
      }
      List<Integer> broken = new ArrayList<>();
      for (int p : open) {
        if (TraceDecoder.violationLength(alloy, all, open, p) >= 0) {
          broken.add(p);
        }
      }
      if (broken.isEmpty()) {
        throw new IllegalStateException("Alloy found a counterexample that breaks no property of " + model.name());
      }
      for (int p : broken) {
        traces[p] = shortest(alloy, interpreter, p, TraceDecoder.violationLength(alloy, all, open, p), solves);
        verdicts[p] = Verdict.VIOLATED;
      }
      open.removeAll(broken);
    }
    List<PropertyResult> results = new ArrayList<>();
    for (int p : checked) {
      Property prop = model.properties().get(p);
      results.add(new PropertyResult(prop.name(), prop.kind(), verdicts[p], prop.rules(),
          Optional.ofNullable(traces[p])));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    EngineResult result = new EngineResult(results, new Stats(0, 0, steps, seconds, 0, 0), Optional.empty());
    return new Run(result, steps, List.copyOf(solves));
  }

  /**
   * A shortest counterexample to {@code p}, known to fail within {@code known} steps: solves at exactly L steps
   * (a trace stutters after a violation, so SAT at L means a violation within L) for L = 0, 1, 3, 7, ... below
   * {@code known}, then bisects, so a violation at depth d costs about 2 log d solves of at most d steps.
   */
  private Trace shortest(AlloyModel alloy, Interpreter interpreter, int p, int known, List<Solve> solves) {
    int low = -1;
    int high = known;
    AlloyApi.Answer best = null;
    for (int l = 0; l < high; l = 2 * l + 1) {
      AlloyApi.Answer a = solve(alloy, List.of(p), l, solves);
      if (a.satisfiable()) {
        high = l;
        best = a;
        break;
      }
      low = l;
    }
    while (high - low > 1) {
      int mid = (low + high) >>> 1;
      AlloyApi.Answer a = solve(alloy, List.of(p), mid, solves);
      if (a.satisfiable()) {
        high = mid;
        best = a;
      } else {
        low = mid;
      }
    }
    if (best == null) {
      best = solve(alloy, List.of(p), high, solves);
    }
    int length = TraceDecoder.violationLength(alloy, best, List.of(p), p);
    if (!best.satisfiable() || length != high) {
      throw new IllegalStateException("Alloy finds no counterexample to " + name(alloy.model(), p) + " within "
          + high + " steps after finding one");
    }
    return TraceDecoder.decode(alloy, interpreter, best, p, length);
  }

  private AlloyApi.Answer solve(AlloyModel alloy, List<Integer> properties, int steps, List<Solve> solves) {
    String text = alloy.text() + "\n" + alloy.checkCommand(properties, steps) + "\n";
    AlloyApi.Answer answer = AlloyApi.solve(text, solver, TraceDecoder.expressions(alloy, properties));
    List<String> names = properties.stream().map(p -> name(alloy.model(), p)).toList();
    solves.add(new Solve(names, steps, answer.satisfiable(), answer.primaryVars(), answer.vars(),
        answer.clauses(), answer.seconds()));
    return answer;
  }

  private static String name(Model model, int p) {
    return model.properties().get(p).name();
  }
}
