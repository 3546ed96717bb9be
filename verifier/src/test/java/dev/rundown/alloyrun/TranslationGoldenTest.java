package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.alloy.AlloyTranslator;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Alloy text of a few designs at small bounds, byte for byte, against golden files in
 * {@code src/test/resources/dev/rundown/alloy/} (rewritten only with {@code -Dgolden.update=true}; review the
 * diff), and the same text from two translations.
 */
class TranslationGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/rundown/alloy");

  @ParameterizedTest
  @CsvSource({
    "models/bench/handles.rundown, Handle, 2, handles.als",
    "models/examples/cleanup-race.rundown, File, 1, cleanup-race.als",
    "models/examples/context-routines.rundown, Context, 1, context-routines.als"
  })
  void textIsStableAndMatchesTheGoldenFile(String design, String kind, int n, String golden) throws IOException {
    Model model = AlloyModels.design(design);
    Bounds bounds = Bounds.forModel(model, Map.of(kind, n));
    String text = AlloyTranslator.translate(model, bounds).document(List.of(design + " " + bounds.counts()), 10);
    assertEquals(text, AlloyTranslator.translate(AlloyModels.design(design), bounds)
        .document(List.of(design + " " + bounds.counts()), 10));
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), text, () -> "refresh with -Dgolden.update=true");
  }
}
