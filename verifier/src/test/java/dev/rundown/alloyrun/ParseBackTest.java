package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rundown.alloy.AlloyModel;
import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every design under {@code models/}, translated at its default bounds, parses and type-checks in Alloy 6 with one
 * check per property: what {@code rundown alloy} writes opens in the Analyzer.
 */
class ParseBackTest {
  static Stream<String> designs() {
    return AlloyModels.designs().stream();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyDesignParsesBackWithOneCheckPerProperty(String design) {
    Model model = AlloyModels.design(design);
    AlloyModel alloy = AlloyTranslator.translate(model, Bounds.forModel(model, Map.of()));
    assertEquals(model.properties().size(), AlloyApi.parse(alloy.document(List.of(design), 20)));
  }

  @Test
  void textThatAlloyRejectsIsAnAlloyException() {
    assertThrows(AlloyException.class, () -> AlloyApi.parse("sig A { f: B }"));
  }

  @Test
  void anUnavailableSolverIsAnAlloyException() {
    assertThrows(AlloyException.class, () -> AlloyApi.solve("sig A {} run {}", "no-such-solver", List.of()));
  }
}
