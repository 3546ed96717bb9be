package dev.rundown.scenario;

import com.google.common.collect.ImmutableMap;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steps of a trace as scenario steps: action, display-form arguments, choices, and a comment with the
 * step number, actor, call, label and source line, then every slot the step changed. Stateless; the output
 * depends only on the trace (slots in layout order).
 */
public final class ScenarioSteps {
  private ScenarioSteps() {}

  public static List<ScenarioStep> of(Trace trace) {
    List<ScenarioStep> out = new ArrayList<>();
    ImmutableMap<String, Value> before = trace.initial();
    for (int i = 0; i < trace.steps().size(); i++) {
      TraceStep step = trace.steps().get(i);
      List<String> comment = new ArrayList<>();
      comment.add(JavaText.comment(heading(i + 1, step)));
      for (Map.Entry<String, Value> slot : step.state().entrySet()) {
        Value old = before.get(slot.getKey());
        if (!Objects.equals(old, slot.getValue())) {
          comment.add(JavaText.comment("   " + slot.getKey() + ": " + old + " -> " + slot.getValue()));
        }
      }
      List<String> args = step.call().args().stream().map(Value::toString).toList();
      out.add(new ScenarioStep(step.choices(), step.call().action(), args, comment));
      before = step.state();
    }
    return out;
  }

  private static String heading(int n, TraceStep step) {
    StringBuilder out = new StringBuilder().append(n).append(". ").append(step.call().actor()).append(' ')
        .append(step.call());
    if (!step.label().isEmpty() && !step.label().equals(step.call().action())) {
      out.append("  ").append(step.label());
    }
    String where = step.location();
    if (!where.isEmpty()) {
      // The file name and line only: the directory part depends on where rundown ran.
      String file = where.substring(where.lastIndexOf('/') + 1);
      int column = file.lastIndexOf(':');
      out.append("  (").append(column > file.indexOf(':') ? file.substring(0, column) : file).append(')');
    }
    return out.toString();
  }
}
