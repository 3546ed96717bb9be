package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code --bound} options against the models of a run and applies them. Stateless.
 *
 * <p>An override must be positive (RD302) and name a kind of at least one model of the run (RD301); a model
 * that does not declare the kind ignores it, so {@code verify models/ --bound Context=3} bounds every model that
 * has contexts.
 */
final class BoundOverrides {
  private static final String OPTION = "--bound ";

  private BoundOverrides() {}

  static List<Diagnostic> validate(List<BoundOverride> overrides, List<Model> models) {
    List<Diagnostic> problems = new ArrayList<>();
    for (BoundOverride override : overrides) {
      if (override.count() < 1) {
        problems.add(
            Diagnostic.error(
                DiagnosticCode.RD302, valueSpan(override), "bound of " + override.kind() + " must be at least 1"));
      }
      boolean known = models.stream().anyMatch(m -> m.kind(override.kind()).isPresent());
      if (!known && !models.isEmpty()) {
        problems.add(
            Diagnostic.error(
                DiagnosticCode.RD301,
                kindSpan(override),
                "no model of this run has a kind " + override.kind() + "; kinds: " + kindNames(models)));
      }
    }
    return problems;
  }

  /** The model's bounds: each kind's default, overridden by the options that name one of its kinds. */
  static Bounds boundsFor(Model model, List<BoundOverride> overrides) {
    Map<String, Integer> applicable = new LinkedHashMap<>();
    for (BoundOverride override : overrides) {
      if (model.kind(override.kind()).isPresent()) {
        applicable.put(override.kind(), override.count());
      }
    }
    return Bounds.forModel(model, applicable);
  }

  private static String kindNames(List<Model> models) {
    List<String> names = new ArrayList<>();
    for (Model model : models) {
      for (Kind kind : model.kinds()) {
        if (!names.contains(kind.name())) {
          names.add(kind.name());
        }
      }
    }
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  /** The option as written on the command line, so the renderer can point at it. */
  private static SourceFile optionText(BoundOverride override) {
    return new SourceFile("<command line>", OPTION + override.kind() + "=" + override.count());
  }

  private static Span kindSpan(BoundOverride override) {
    return new Span(optionText(override), OPTION.length(), OPTION.length() + override.kind().length());
  }

  private static Span valueSpan(BoundOverride override) {
    SourceFile text = optionText(override);
    int start = OPTION.length() + override.kind().length() + 1;
    return new Span(text, start, text.text().length());
  }
}
