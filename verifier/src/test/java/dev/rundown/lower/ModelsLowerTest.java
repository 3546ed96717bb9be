package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rundown.check.Checker;
import dev.rundown.check.Sources;
import dev.rundown.ir.IrPrinter;
import dev.rundown.ir.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model under {@code models/} (rule models in {@code rules/} directories are included, not run) and every
 * clean test model checks, lowers to IR that validates, and lowers the same way twice.
 */
class ModelsLowerTest {
  private static List<Path> roots() throws IOException {
    Path repo = Sources.repo();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(repo.resolve("models"))) {
      walk.filter(p -> p.toString().endsWith(".rundown"))
          .filter(p -> !repo.resolve("models").relativize(p).toString().replace('\\', '/').matches("(.*/)?rules/.*"))
          .sorted()
          .forEach(out::add);
    }
    Path resources = repo.resolve("verifier/src/test/resources");
    try (Stream<Path> lower = Files.list(resources.resolve("lower"))) {
      lower.filter(p -> p.toString().endsWith(".rundown")).sorted().forEach(out::add);
    }
    try (Stream<Path> check = Files.list(resources.resolve("check"))) {
      check.filter(p -> p.getFileName().toString().startsWith("ok-")).sorted().forEach(out::add);
    }
    return out;
  }

  @Test
  void theBenchmarkModelIsAmongThem() throws IOException {
    List<String> names = roots().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    assertFalse(names.isEmpty());
    assertEquals(true, names.contains("handles.rundown"));
  }

  @TestFactory
  List<DynamicTest> everyModelLowersToValidIrDeterministically() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path root : roots()) {
      tests.add(DynamicTest.dynamicTest(Sources.repo().relativize(root).toString(), () -> {
        Model first = Lowered.of(root).model;
        Model second = Lowering.lower(Sources.checked(Checker.check(Sources.load(root))));
        assertEquals(first, second, () -> IrPrinter.print(first) + "\n----\n" + IrPrinter.print(second));
        assertEquals(IrPrinter.print(first), IrPrinter.print(second));
      }));
    }
    return tests;
  }
}
