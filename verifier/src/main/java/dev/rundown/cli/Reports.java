package dev.rundown.cli;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticRenderer;
import dev.rundown.pipeline.BenchResult;
import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.PropertyOutcome;
import dev.rundown.pipeline.VerifyResult;
import dev.rundown.report.BenchReport;
import dev.rundown.report.ModelReport;
import dev.rundown.report.PropertyReport;
import dev.rundown.report.RunReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the pipeline's results into the report model (the two packages do not know each other). Stateless.
 */
final class Reports {
  private Reports() {}

  /** Diagnostics rendered for stderr, in the order given. */
  static String diagnostics(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(DiagnosticRenderer::render).collect(Collectors.joining());
  }

  static RunReport of(VerifyResult result, ExitCode exit) {
    return RunReport.of(result.runs().stream().map(Reports::model).collect(Collectors.toList()), exit.code());
  }

  static ModelReport model(ModelRun run) {
    return new ModelReport(
        run.file(),
        run.model().name(),
        run.bounds(),
        run.engine().equals("alloy") ? "alloy, up to " + run.result().stats().depth() + " steps" : run.engine(),
        run.symmetry(),
        run.result().stats(),
        run.result().stopped(),
        run.outcomes().stream().map(Reports::property).collect(Collectors.toList()),
        run.result().crossCheck());
  }

  private static PropertyReport property(PropertyOutcome outcome) {
    return new PropertyReport(
        outcome.result().property(),
        outcome.result().kind(),
        outcome.result().verdict(),
        outcome.expectation().map(e -> e.holds()),
        outcome.met(),
        outcome.result().rules(),
        outcome.result().trace());
  }

  static BenchReport of(BenchResult result) {
    return new BenchReport(
        result.file(),
        result.model(),
        result.kind(),
        result.runs().stream()
            .map(r -> new BenchReport.Row(r.n(), r.symmetry(), r.stats(), r.peakHeapBytes()))
            .collect(Collectors.toList()));
  }
}
