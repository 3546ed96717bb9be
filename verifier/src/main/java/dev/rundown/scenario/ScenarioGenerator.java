package dev.rundown.scenario;

import java.util.stream.Collectors;

/**
 * Writes the JUnit 5 test class of a {@link ScenarioSpec}: a marker line with a checksum of the rest of the
 * text, a header saying what the scenario replays, constants holding the model path, bounds and source hash,
 * and one test that loads the design through {@code dev.rundown.fixture.ScenarioModels} (which fails on a
 * stale hash) and replays one {@code .step(...)} per line, each under a comment with its label and state
 * change, then checks the expected outcome. Pure: the same spec gives the same bytes.
 */
public final class ScenarioGenerator {
  static final String STEP_INDENT = "        ";

  private ScenarioGenerator() {}

  /** The text of the test class. */
  public static String generate(ScenarioSpec spec) {
    StringBuilder body = new StringBuilder();
    line(body, "// Regenerate: " + JavaText.comment(spec.regenerate()));
    line(body, "//");
    String role = spec.expected().isReproducer() ? "Reproducer" : "Regression guard";
    line(body, "// " + role + ": the counterexample " + JavaText.comment(spec.traceOf()));
    line(body, "// replayed on " + JavaText.comment(spec.modelPath()) + " at " + JavaText.comment(spec.bounds())
        + ", expecting: " + JavaText.comment(spec.expected().toString()) + ".");
    line(body, "package " + spec.packageName() + ";");
    line(body, "");
    line(body, "import dev.rundown.fixture.ScenarioModel;");
    line(body, "import dev.rundown.fixture.ScenarioModels;");
    line(body, "import dev.rundown.replay.Outcome;");
    line(body, "import dev.rundown.replay.Replay;");
    if (spec.steps().stream().anyMatch(s -> !s.choices().isEmpty())) {
      line(body, "import java.util.List;");
    }
    line(body, "import org.junit.jupiter.api.Test;");
    line(body, "");
    line(body, "/** " + role + " of " + spec.steps().size() + " steps: " + JavaText.comment(spec.traceOf()) + ". */");
    line(body, "class " + spec.className() + " {");
    constant(body, ScenarioFile.MODEL, spec.modelPath());
    constant(body, ScenarioFile.BOUNDS, spec.bounds());
    constant(body, ScenarioFile.SOURCES, spec.sourceHash());
    constant(body, ScenarioFile.REGENERATE, spec.regenerate());
    constant(body, ScenarioFile.TRACE_OF, spec.traceOf());
    line(body, "");
    line(body, "  @Test");
    line(body, "  void replay() {");
    line(body, "    ScenarioModel design = ScenarioModels.load(MODEL, SOURCES, REGENERATE);");
    line(body, "    Replay.of(design.model(), design.bounds(BOUNDS))");
    for (ScenarioStep step : spec.steps()) {
      for (String comment : step.comment()) {
        line(body, STEP_INDENT + "// " + JavaText.comment(comment));
      }
      line(body, STEP_INDENT + ".step(" + arguments(step) + ")");
    }
    line(body, STEP_INDENT + ".expect(" + spec.expected().javaExpression() + ");");
    line(body, "  }");
    line(body, "}");
    String rest = body.toString();
    return Checksum.markerLine(rest) + rest;
  }

  private static String arguments(ScenarioStep step) {
    StringBuilder out = new StringBuilder();
    if (!step.choices().isEmpty()) {
      out.append(step.choices().stream().map(String::valueOf).collect(Collectors.joining(", ", "List.of(", "), ")));
    }
    out.append(JavaText.literal(step.action()));
    for (String arg : step.args()) {
      out.append(", ").append(JavaText.literal(arg));
    }
    return out.toString();
  }

  private static void constant(StringBuilder out, String name, String value) {
    line(out, "  static final String " + name + " = " + JavaText.literal(value) + ";");
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
