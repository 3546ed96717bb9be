package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.check.CheckResult;
import dev.rundown.check.Checker;
import dev.rundown.check.Sources;
import dev.rundown.ir.IrValidator;
import dev.rundown.ir.Model;
import dev.rundown.source.SourceFile;
import dev.rundown.syntax.ParseResult;
import dev.rundown.syntax.Parser;
import dev.rundown.syntax.ast.ModelFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each clean test model with one line deleted, or two adjacent lines swapped: whenever the result parses,
 * the checker must not throw, and a model it accepts must lower to IR that validates.
 */
class MutationRobustnessTest {
  private static final List<String> MODELS = List.of(
      "verifier/src/test/resources/check/ok-language.rundown",
      "verifier/src/test/resources/lower/features.rundown",
      "verifier/src/test/resources/lower/context.rundown");

  @TestFactory
  List<DynamicTest> mutantsNeverCrashTheCheckerOrLowering() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : MODELS) {
      tests.add(DynamicTest.dynamicTest(name, () -> {
        List<String> lines = Files.readAllLines(Sources.repo().resolve(name), StandardCharsets.UTF_8);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
          List<String> deleted = new ArrayList<>(lines);
          deleted.remove(i);
          checked += run(deleted, "without line " + (i + 1));
          if (i + 1 < lines.size()) {
            List<String> swapped = new ArrayList<>(lines);
            swapped.set(i, lines.get(i + 1));
            swapped.set(i + 1, lines.get(i));
            checked += run(swapped, "lines " + (i + 1) + " and " + (i + 2) + " swapped");
          }
        }
        assertEquals(true, checked > lines.size() / 2, "most mutants should parse: " + checked);
      }));
    }
    return tests;
  }

  /** 1 when the mutant parsed and went through the checker (and lowering when accepted), 0 when it did not parse. */
  private static int run(List<String> lines, String what) {
    ParseResult parsed = Parser.parse(new SourceFile("mutant.rundown", String.join("\n", lines)));
    if (parsed.hasErrors()) {
      return 0;
    }
    ModelFile file = parsed.file();
    CheckResult result;
    try {
      result = Checker.check(List.of(file));
    } catch (RuntimeException e) {
      throw new AssertionError("checker crashed on the model " + what, e);
    }
    if (result.model().isPresent()) {
      Model model;
      try {
        model = Lowering.lower(result.model().get());
      } catch (RuntimeException e) {
        throw new AssertionError("lowering crashed on the model " + what, e);
      }
      assertEquals(List.of(), IrValidator.validate(model), what);
    }
    return 1;
  }
}
