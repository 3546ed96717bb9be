package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rundown.diag.DiagnosticRenderer;
import dev.rundown.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every {@code .rundown} file under {@code models/} parses with no diagnostics. */
class ModelsParseTest {
  private static List<Path> models() {
    return RepoPaths.filesEndingWith(RepoPaths.root().resolve("models"), ".rundown");
  }

  @Test
  void theCorpusIsNotEmpty() {
    List<String> names = models().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    assertFalse(names.isEmpty());
    assertEquals(true, names.contains("handles.rundown"), names.toString());
  }

  @TestFactory
  List<DynamicTest> everyModelParses() {
    List<DynamicTest> tests = new ArrayList<>();
    Path root = RepoPaths.root();
    for (Path path : models()) {
      tests.add(
          DynamicTest.dynamicTest(
              root.relativize(path).toString(),
              () -> {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                ParseResult result = Parser.parse(new SourceFile(root.relativize(path).toString(), text));
                String rendered =
                    result.diagnostics().stream().map(DiagnosticRenderer::render).collect(Collectors.joining());
                assertEquals("", rendered);
                assertFalse(result.file().decls().isEmpty());
              }));
    }
    return tests;
  }
}
