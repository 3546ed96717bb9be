package dev.rundown.trace;

import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code trace.txt} rendering of a {@link TraceFile}: a header (model, file, hash, bounds, property, rules),
 * then a table with one row per step (step, actor, action and arguments, what changed; a routine step's source
 * label under its call), the initial state as step 0, and a last line with the property and rule ids broken.
 * Stateless; same input, same text.
 */
public final class TraceText {
  private TraceText() {}

  public static String render(TraceFile file) {
    Trace trace = file.trace();
    StringBuilder out = new StringBuilder();
    out.append("model     ").append(file.modelName()).append("  (").append(file.modelPath()).append(")\n");
    out.append("hash      ").append(file.modelHash()).append('\n');
    out.append("bounds    ").append(file.bounds().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "))).append('\n');
    out.append("property  ").append(file.property()).append("  (").append(file.kind()).append(")")
        .append(rules(file.rules())).append('\n');
    out.append("length    ").append(trace.length()).append(trace.length() == 1 ? " step" : " steps").append("\n\n");

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"step", "actor", "action", "what changed"});
    List<String> initial = new ArrayList<>();
    trace.initial().forEach((slot, v) -> initial.add(slot + " = " + v));
    addRow(rows, "0", "", List.of("(initial state)"), initial);
    Map<String, Value> before = trace.initial();
    int n = 1;
    for (TraceStep step : trace.steps()) {
      List<String> action = new ArrayList<>(List.of(step.call().toString()));
      if (!step.label().isEmpty() && !step.label().equals(step.call().action())) {
        action.add("  " + step.label());
      }
      List<String> changes = StateChange.between(before, step.state()).stream()
          .map(c -> c.slot() + ": " + (c.before() == null ? "(unset)" : c.before()) + " -> " + c.after())
          .collect(Collectors.toList());
      addRow(rows, Integer.toString(n++), step.call().actor(), action, changes.isEmpty() ? List.of("(no change)") : changes);
      before = step.state();
    }
    table(out, rows);
    out.append("\n=> ").append(ending(file.kind(), file.property(), trace.length())).append(rules(file.rules()))
        .append('\n');
    return out.toString();
  }

  /** One step as table lines: the first with every column, the rest with the action and changes columns only. */
  private static void addRow(List<String[]> rows, String step, String actor, List<String> action, List<String> changes) {
    int lines = Math.max(action.size(), changes.size());
    for (int i = 0; i < lines; i++) {
      rows.add(new String[] {i == 0 ? step : "", i == 0 ? actor : "", i < action.size() ? action.get(i) : "",
          i < changes.size() ? changes.get(i) : ""});
    }
  }

  private static void table(StringBuilder out, List<String[]> rows) {
    int[] width = new int[3];
    for (String[] row : rows) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      line.append(" ".repeat(width[0] - row[0].length())).append(row[0]).append("  ");
      line.append(row[1]).append(" ".repeat(width[1] - row[1].length())).append("  ");
      line.append(row[2]).append(" ".repeat(width[2] - row[2].length())).append("  ");
      line.append(row[3]);
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        out.append("-".repeat(width[0])).append("  ").append("-".repeat(width[1])).append("  ")
            .append("-".repeat(width[2])).append("  ").append("-".repeat("what changed".length())).append('\n');
      }
    }
  }

  private static String rules(List<String> rules) {
    return rules.isEmpty() ? "" : "  [" + String.join(", ", rules) + "]";
  }

  /** What the end of the trace shows, by the name of the property's kind. */
  private static String ending(String kind, String property, int length) {
    String at = length == 0 ? "in the initial state" : "at step " + length;
    switch (kind) {
      case "INVARIANT":
        return "invariant " + property + " is false " + (length == 0 ? at : "in the state after step " + length);
      case "ASSERT":
        return "assert " + property + " fails " + at;
      case "AT_END":
        return "no step can be taken after step " + length + " and " + property + " is false";
      case "HANG":
        return "no step can be taken after step " + length + " and " + property + " (done) is false: a hang";
      case "WELL_DEFINED":
        return property + " fails " + at + ": a value leaves its range or is read through none";
      default:
        return property + " fails " + at;
    }
  }
}
