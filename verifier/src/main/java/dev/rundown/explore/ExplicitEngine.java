package dev.rundown.explore;

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
import dev.rundown.semantics.TraceValidation;
import dev.rundown.semantics.TraceValidator;
import dev.rundown.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The explicit-state engine: compiles the model at the request's bounds, explores every reachable state
 * breadth-first (with symmetry reduction and exact storage as requested, within the budget), and returns a
 * verdict per property in model order with a shortest, replay-validated trace for each violation.
 * Stateless between calls; never prints. Same request, same result (apart from seconds and heap).
 */
public final class ExplicitEngine implements Engine {
  public ExplicitEngine() {}

  @Override
  public String id() {
    return "explicit";
  }

  @Override
  public EngineResult check(CheckRequest request, ProgressListener progress) {
    long start = System.nanoTime();
    Model model = request.model();
    Interpreter interpreter = Interpreter.compile(model, request.bounds());
    Canonicalizer symmetry =
        request.symmetry() ? Symmetry.of(interpreter.layout()).orElse(null) : null;
    ExploreResult explored =
        new BfsExplorer(new IrSystem(interpreter), symmetry, request.exact(), request.budget(), progress).run();
    List<PropertyResult> results = new ArrayList<>();
    for (int p = 0; p < model.properties().size(); p++) {
      Property property = model.properties().get(p);
      Optional<Violation> violation = explored.violation(p);
      Optional<Trace> trace = violation.map(v -> TraceRebuilder.rebuild(interpreter, explored, v, property.name()));
      if (trace.isPresent()) {
        TraceValidation validation = TraceValidator.validate(Interpreter.compile(model, request.bounds()), trace.get());
        if (!validation.valid()) {
          throw new IllegalStateException(
              "the trace found for " + property.name() + " does not replay: " + validation.problem());
        }
      }
      Verdict verdict = trace.isPresent() ? Verdict.VIOLATED : explored.complete() ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
      results.add(new PropertyResult(property.name(), property.kind(), verdict, property.rules(), trace));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Stats stats = new Stats(explored.states(), explored.transitions(), explored.depth(), seconds,
        explored.peakHeapBytes(), explored.collisions());
    return new EngineResult(results, stats, explored.stopped());
  }
}
