package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.scenario.ScenarioSpec;
import java.util.List;

/**
 * The scenarios to write, in a stable order, and what stopped others: a guard whose steps still violate on
 * the design it guards ({@code stillViolating}, one readable line each: exit 1), and input problems such as a
 * design that does not compile, an edited scenario or none to promote ({@code diagnostics}: exit 2). Immutable.
 */
public record ScenarioPlan(List<ScenarioSpec> specs, List<String> stillViolating, List<Diagnostic> diagnostics) {
  public ScenarioPlan {
    specs = List.copyOf(specs);
    stillViolating = List.copyOf(stillViolating);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
