package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rundown.diag.DiagnosticRenderer;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

  /** Every rule a model cites is in the rulebook's id list (the checker reports RD206 for the others). */
  @Test
  void everyCitedRuleExists() throws IOException {
    Path ids = RepoPaths.root().resolve("verifier/src/main/resources/dev/rundown/check/rule-ids.txt");
    Set<String> known = new TreeSet<>();
    for (String line : Files.readAllLines(ids, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        known.add(line.trim());
      }
    }
    Set<String> unknown = new TreeSet<>();
    for (Path path : models()) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      for (Token token : Lexer.lex(new SourceFile(path.toString(), text), new Diagnostics())) {
        if (token.kind() == TokenKind.RULEID && !known.contains(token.text())) {
          unknown.add(path.getFileName() + ": " + token.text());
        }
      }
    }
    assertEquals(Set.of(), unknown);
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
