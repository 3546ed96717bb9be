package dev.rundown.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rundown.Golden;
import dev.rundown.engine.Budget;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.PropertyOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs every design under {@code models/} at its default bounds without symmetry: every expectation must be
 * met, and the state and transition counts must equal the golden {@code src/test/resources/models/state-counts.txt}.
 */
class StateCountsTest {
  @Test
  void everyDesignMeetsItsExpectationsWithPinnedCounts() {
    List<String> designs = Corpus.designs();
    assertFalse(designs.isEmpty());
    Driver driver = Corpus.driver(null, null);
    StringBuilder table = new StringBuilder();
    table.append("# design  model  default-bounds  states  transitions (symmetry off)\n");
    List<String> unmet = new ArrayList<>();
    for (String design : designs) {
      Model model = Corpus.compile(driver, design);
      ModelRun run = Corpus.run(driver, design, model, false, Budget.UNLIMITED);
      for (PropertyOutcome outcome : run.outcomes()) {
        if (!outcome.met()) {
          unmet.add(design + " " + outcome.result().property() + " " + outcome.result().verdict());
        }
      }
      String bounds =
          run.bounds().counts().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(","));
      table.append(
          String.join(
              "  ",
              design,
              model.name(),
              bounds.isEmpty() ? "-" : bounds,
              Long.toString(run.result().stats().states()),
              Long.toString(run.result().stats().transitions())));
      table.append('\n');
    }
    assertEquals(List.of(), unmet, "designs whose verdicts differ from their expect lines");
    Golden.assertMatches("models/state-counts.txt", table.toString());
  }
}
