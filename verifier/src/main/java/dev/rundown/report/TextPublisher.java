package dev.rundown.report;

import dev.rundown.engine.CrossCheck;
import dev.rundown.engine.Stats;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.PropertyKind;
import dev.rundown.trace.StateChange;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link RunReport} as human-readable text: per model a header, one line per property (verdict, name,
 * rule ids, expectation), the trace of each violation step by step with what changed, and a figures line; then
 * a summary. Immutable and thread-safe; the same report gives the same bytes unless timings are asked for.
 */
public final class TextPublisher {
  private final boolean timings;

  /** {@code timings}: also print seconds, states per second and peak heap (output then varies between runs). */
  public TextPublisher(boolean timings) {
    this.timings = timings;
  }

  public String publish(RunReport report) {
    StringBuilder out = new StringBuilder();
    for (ModelReport model : report.models()) {
      model(out, model);
      out.append('\n');
    }
    summary(out, report);
    return out.toString();
  }

  private void model(StringBuilder out, ModelReport model) {
    out.append("model ").append(model.model()).append("  (").append(model.file()).append(")\n");
    String bounds =
        model.bounds().counts().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    out.append("  bounds ")
        .append(bounds.isEmpty() ? "(no kinds)" : bounds)
        .append("; symmetry ")
        .append(model.symmetry() ? "on" : "off")
        .append("; engine ")
        .append(model.engine())
        .append('\n');
    int verdictWidth = model.properties().stream().mapToInt(p -> p.verdict().name().length()).max().orElse(0);
    int nameWidth = model.properties().stream().mapToInt(p -> p.name().length()).max().orElse(0);
    int rulesWidth = model.properties().stream().mapToInt(p -> rules(p).length()).max().orElse(0);
    for (PropertyReport property : model.properties()) {
      String line =
          "  "
              + pad(property.verdict().name(), verdictWidth)
              + "  "
              + pad(property.name(), nameWidth)
              + "  "
              + pad(rules(property), rulesWidth)
              + "  "
              + expectation(property);
      out.append(line.stripTrailing()).append('\n');
    }
    for (PropertyReport property : model.properties()) {
      if (property.verdict() == Verdict.VIOLATED && property.trace().isPresent()) {
        out.append('\n');
        trace(out, property, property.trace().get());
      }
    }
    out.append('\n').append("  ").append(figures(model.stats())).append('\n');
    model.crossCheck().ifPresent(check -> out.append("  ").append(crossCheck(check)).append('\n'));
    model
        .stopped()
        .ifPresent(
            reason ->
                out.append("  stopped early: ")
                    .append(reason.name())
                    .append(" reached; properties not yet decided are INCONCLUSIVE\n"));
  }

  private static String rules(PropertyReport property) {
    return property.rules().isEmpty() ? "-" : "[" + String.join(", ", property.rules()) + "]";
  }

  private static String expectation(PropertyReport property) {
    if (property.expectedHolds().isEmpty()) {
      return "";
    }
    String stated = property.expectedHolds().get() ? "holds" : "violated";
    String outcome;
    if (property.verdict() == Verdict.INCONCLUSIVE) {
      outcome = "undecided";
    } else {
      outcome = property.met() ? "ok" : "NOT MET";
    }
    return "expected " + stated + ": " + outcome;
  }

  private static void trace(StringBuilder out, PropertyReport property, Trace trace) {
    out.append("  trace of ")
        .append(property.name())
        .append(": ")
        .append(trace.length())
        .append(trace.length() == 1 ? " step" : " steps")
        .append('\n');
    out.append("    initial state\n");
    trace.initial().forEach((slot, value) -> out.append("         ").append(slot).append(" = ").append(value).append('\n'));
    Map<String, Value> before = trace.initial();
    int number = 1;
    for (TraceStep step : trace.steps()) {
      StringBuilder line = new StringBuilder("    ");
      line.append(String.format(Locale.ROOT, "%3d. ", number++));
      line.append(step.call().actor()).append(' ').append(step.call());
      if (!step.label().isEmpty() && !step.label().equals(step.call().action())) {
        line.append("  ").append(step.label());
      }
      if (!step.location().isEmpty()) {
        line.append("  at ").append(step.location());
      }
      out.append(line).append('\n');
      List<StateChange> changes = StateChange.between(before, step.state());
      if (changes.isEmpty()) {
        out.append("         (no change)\n");
      }
      for (StateChange change : changes) {
        out.append("         ")
            .append(change.slot())
            .append(": ")
            .append(change.before() == null ? "(unset)" : change.before())
            .append(" -> ")
            .append(change.after())
            .append('\n');
      }
      before = step.state();
    }
    out.append("    => ").append(ending(property.kind(), property.name()));
    if (!property.rules().isEmpty()) {
      out.append("  ").append(rules(property));
    }
    out.append('\n');
  }

  /** What the last step or state of a trace shows, by kind of property. */
  private static String ending(PropertyKind kind, String name) {
    switch (kind) {
      case INVARIANT:
        return "invariant " + name + " is false in this state";
      case ASSERT:
        return "assert " + name + " fails in the last step";
      case AT_END:
        return "no step can be taken and " + name + " is false";
      case HANG:
        return "no step can be taken and " + name + " (done) is false: a hang";
      case WELL_DEFINED:
        return "the last step leaves a field's range or reads through none";
      default:
        throw new IllegalStateException("unknown property kind " + kind);
    }
  }

  private String figures(Stats stats) {
    String line =
        String.format(
            Locale.ROOT,
            "%,d states, %,d transitions, depth %d",
            stats.states(),
            stats.transitions(),
            stats.depth());
    if (stats.collisions() > 0) {
      line += String.format(Locale.ROOT, ", %,d fingerprint collisions", stats.collisions());
    }
    if (timings) {
      double rate = stats.seconds() > 0 ? stats.states() / stats.seconds() : 0;
      line +=
          String.format(
              Locale.ROOT,
              ", %.2f s, %,.0f states/s, peak heap %,d MiB",
              stats.seconds(),
              rate,
              stats.peakHeapBytes() >> 20);
    }
    return line;
  }

  /**
   * "alloy agrees in every reachable state", "alloy agrees within 12 of 27 steps (TIME_LIMIT reached)", or "alloy
   * agrees within 27 steps".
   */
  private static String crossCheck(CrossCheck check) {
    if (check.everyState()) {
      return check.engine() + " agrees in every reachable state";
    }
    String line = check.engine() + " agrees within " + (check.complete() ? "" : check.steps() + " of ")
        + check.target() + (check.target() == 1 ? " step" : " steps");
    return line + check.stopped().map(reason -> " (" + reason.name() + " reached)").orElse("");
  }

  private static void summary(StringBuilder out, RunReport report) {
    List<PropertyReport> all =
        report.models().stream().flatMap(m -> m.properties().stream()).collect(Collectors.toList());
    long undecided = all.stream().filter(p -> p.verdict() == Verdict.INCONCLUSIVE).count();
    long met = all.stream().filter(PropertyReport::met).count();
    long notMet = all.size() - met - undecided;
    out.append(
        String.format(
            Locale.ROOT,
            "%d %s, %d %s: %d as expected, %d not as expected, %d undecided; exit %d\n",
            report.models().size(),
            report.models().size() == 1 ? "model" : "models",
            all.size(),
            all.size() == 1 ? "property" : "properties",
            met,
            notMet,
            undecided,
            report.exit()));
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
