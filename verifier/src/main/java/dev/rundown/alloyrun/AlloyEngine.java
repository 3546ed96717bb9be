package dev.rundown.alloyrun;

import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Stats;
import dev.rundown.engine.StopReason;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.semantics.Interpreter;
import dev.rundown.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Alloy engine: translates the model, then checks every open property in one solve over traces of exactly
 * K steps (a bounded check needs no shorter ones: every trace ends in stuttering, so a shorter run is padded to
 * length K). When that finds a counterexample, each property it breaks gets a search for its shortest one (see
 * {@link #shortest}), and the rest are checked again: (violated properties + 1) solves of the whole K, plus the
 * short searches. A verdict HOLDS means "no violation within K steps".
 *
 * <p>With a time limit in the request's budget the engine deepens instead: rounds at K = 1, 2, 3, 4, 6, 9, 13,
 * ... up to {@link #steps()}, each as above, so that a deep check the budget cannot finish still yields the
 * steps it covered ({@link Run#reached()}). A round the deadline interrupts counts for nothing; properties not
 * violated within the steps reached are then INCONCLUSIVE. So are they when the steps asked need more tuples than
 * Kodkod can number (stopped by CAPACITY). Stateless; calls into Alloy are serialised.
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
      long vars, long clauses, double seconds, double translateSeconds) {}

  /**
   * The engine's result, the steps asked, the steps every reported verdict covers ({@code reached}: no
   * violation of an undecided property within them; {@code steps} unless a budget stopped the run, -1 when it
   * stopped before any round), and every solve it made.
   */
  public record Run(EngineResult result, int steps, int reached, List<Solve> solves) {}

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
    boolean budgeted = request.budget().hasTimeLimit();
    long deadline = budgeted ? start + request.budget().timeLimit().toNanos() : Long.MAX_VALUE;
    Model model = request.model();
    AlloyModel alloy = AlloyTranslator.translate(model, request.bounds());
    Interpreter interpreter = Interpreter.compile(model, request.bounds());
    List<Solve> solves = new ArrayList<>();
    Map<Integer, Trace> violated = new TreeMap<>();
    List<Integer> checked = new ArrayList<>();
    for (int p = 0; p < model.properties().size(); p++) {
      if (properties.contains(model.properties().get(p).name())) {
        checked.add(p);
      }
    }
    int reached = -1;
    double translate = 0;
    Optional<StopReason> stopped = Optional.empty();
    for (int k : budgeted ? deepening(steps) : List.of(steps)) {
      // translation cannot be interrupted: do not start a round whose translation alone would overrun
      if (reached > 0 && System.nanoTime() + (long) (translate * k / reached * 1e9) - deadline >= 0) {
        stopped = Optional.of(StopReason.TIME_LIMIT);
        break;
      }
      List<Integer> open = new ArrayList<>(checked);
      open.removeAll(violated.keySet());
      int before = solves.size();
      try {
        violated.putAll(round(alloy, interpreter, open, reached, k, solves, deadline));
      } catch (AlloyApi.OutOfTime e) {
        stopped = Optional.of(StopReason.TIME_LIMIT);
        break;
      } catch (AlloyApi.TooLarge e) {
        stopped = Optional.of(StopReason.CAPACITY);
        break;
      }
      reached = k;
      translate = solves.subList(before, solves.size()).stream().mapToDouble(Solve::translateSeconds).max()
          .orElse(0);
    }
    List<PropertyResult> results = new ArrayList<>();
    for (int p : checked) {
      Property prop = model.properties().get(p);
      Verdict verdict = violated.containsKey(p) ? Verdict.VIOLATED
          : reached == steps ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
      results.add(new PropertyResult(prop.name(), prop.kind(), verdict, prop.rules(),
          Optional.ofNullable(violated.get(p))));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Stats stats = new Stats(0, 0, Math.max(reached, 0), seconds, 0, 0);
    return new Run(new EngineResult(results, stats, stopped), steps, reached, List.copyOf(solves));
  }

  /** The rounds of a deepening check up to {@code steps}: 1, 2, 3, 4, 6, 9, 13, ... (about 1.5 times each). */
  static List<Integer> deepening(int steps) {
    List<Integer> out = new ArrayList<>();
    for (int k = Math.min(1, steps); k < steps; k = Math.max(k + 1, k * 3 / 2)) {
      out.add(k);
    }
    out.add(steps);
    return out;
  }

  /**
   * One check of {@code open} over traces of {@code k} steps, none of them violated within {@code low} steps
   * (-1: nothing known): each property violated within {@code k} steps, with its shortest trace.
   */
  private Map<Integer, Trace> round(AlloyModel alloy, Interpreter interpreter, List<Integer> open, int low, int k,
      List<Solve> solves, long deadline) {
    Map<Integer, Trace> found = new TreeMap<>();
    List<Integer> left = new ArrayList<>(open);
    while (!left.isEmpty()) {
      AlloyApi.Answer all = solve(alloy, left, k, solves, deadline);
      if (!all.satisfiable()) {
        break;
      }
      Map<Integer, Integer> broken = new TreeMap<>();
      for (int p : left) {
        int length = TraceDecoder.violationLength(alloy, all, left, p);
        if (length >= 0) {
          broken.put(p, length);
        }
      }
      if (broken.isEmpty()) {
        throw new IllegalStateException(
            "Alloy found a counterexample that breaks no property of " + alloy.model().name());
      }
      broken.forEach((p, known) -> found.put(p, shortest(alloy, interpreter, p, low, known, solves, deadline)));
      left.removeAll(broken.keySet());
    }
    return found;
  }

  /**
   * A shortest counterexample to {@code p}, known to hold within {@code low} steps (-1: nothing known) and to
   * fail within {@code known}: solves at exactly L steps (a trace stutters after a violation, so SAT at L means
   * a violation within L) for L = low + 1, low + 3, low + 7, ... below {@code known}, then bisects, so a
   * violation at depth d costs about 2 log d solves of at most d steps.
   */
  private Trace shortest(AlloyModel alloy, Interpreter interpreter, int p, int low, int known, List<Solve> solves,
      long deadline) {
    int high = known;
    AlloyApi.Answer best = null;
    for (int jump = 1; low + jump < high; jump *= 2) {
      AlloyApi.Answer a = solve(alloy, List.of(p), low + jump, solves, deadline);
      if (a.satisfiable()) {
        high = low + jump;
        best = a;
        break;
      }
      low += jump;
    }
    while (high - low > 1) {
      int mid = (low + high) >>> 1;
      AlloyApi.Answer a = solve(alloy, List.of(p), mid, solves, deadline);
      if (a.satisfiable()) {
        high = mid;
        best = a;
      } else {
        low = mid;
      }
    }
    if (best == null) {
      best = solve(alloy, List.of(p), high, solves, deadline);
    }
    int length = TraceDecoder.violationLength(alloy, best, List.of(p), p);
    if (!best.satisfiable() || length != high) {
      throw new IllegalStateException("Alloy finds no counterexample to " + name(alloy.model(), p) + " within "
          + high + " steps after finding one");
    }
    return TraceDecoder.decode(alloy, interpreter, best, p, length);
  }

  private AlloyApi.Answer solve(AlloyModel alloy, List<Integer> properties, int steps, List<Solve> solves,
      long deadline) {
    String text = alloy.text() + "\n" + alloy.checkCommand(properties, steps) + "\n";
    AlloyApi.Answer answer = AlloyApi.solve(text, solver, TraceDecoder.expressions(alloy, properties), deadline);
    List<String> names = properties.stream().map(p -> name(alloy.model(), p)).toList();
    solves.add(new Solve(names, steps, answer.satisfiable(), answer.primaryVars(), answer.vars(),
        answer.clauses(), answer.seconds(), answer.translateSeconds()));
    return answer;
  }

  private static String name(Model model, int p) {
    return model.properties().get(p).name();
  }
}
