package dev.rundown.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Renders a {@link BenchReport} as a text table (N, symmetry, states, transitions, seconds, states/s, peak heap
 * MiB) or as JSON. Immutable and thread-safe; timings vary by nature, so this output is never golden-tested.
 */
public final class BenchPublisher {
  private static final String ROW = "%4s  %-8s  %12s  %12s  %8s  %12s  %13s\n";

  private final ObjectWriter writer = new ObjectMapper().writer(JsonPublisher.prettyPrinter());

  public String text(BenchReport report) {
    StringBuilder out = new StringBuilder();
    out.append("bench ")
        .append(report.model())
        .append("  (")
        .append(report.file())
        .append("), varying ")
        .append(report.kind())
        .append('\n');
    out.append(String.format(Locale.ROOT, ROW, "N", "symmetry", "states", "transitions", "seconds", "states/s", "peak heap MiB"));
    for (BenchReport.Row row : report.rows()) {
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              row.n(),
              row.symmetry() ? "on" : "off",
              String.format(Locale.ROOT, "%,d", row.stats().states()),
              String.format(Locale.ROOT, "%,d", row.stats().transitions()),
              String.format(Locale.ROOT, "%.2f", row.stats().seconds()),
              String.format(Locale.ROOT, "%,.0f", row.statesPerSecond()),
              String.format(Locale.ROOT, "%,.1f", row.peakHeapMebibytes())));
    }
    return out.toString();
  }

  public String json(BenchReport report) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("tool", RunReport.TOOL);
    root.put("version", RunReport.VERSION);
    root.put("file", report.file());
    root.put("model", report.model());
    root.put("kind", report.kind());
    ArrayNode runs = root.putArray("runs");
    for (BenchReport.Row row : report.rows()) {
      ObjectNode node = runs.addObject();
      node.put("n", row.n());
      node.put("symmetry", row.symmetry());
      node.put("states", row.stats().states());
      node.put("transitions", row.stats().transitions());
      node.put("seconds", row.stats().seconds());
      node.put("statesPerSecond", row.statesPerSecond());
      node.put("peakHeapMiB", row.peakHeapMebibytes());
    }
    return JsonPublisher.write(writer, root);
  }
}
