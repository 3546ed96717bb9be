package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.source.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Deeply nested input is one RD104 diagnostic, never a stack overflow. */
class ParserLimitsTest {
  private static List<DiagnosticCode> codes(String text) {
    return Parser.parse(new SourceFile("t", text)).diagnostics().stream()
        .map(Diagnostic::code)
        .collect(Collectors.toList());
  }

  @Test
  void deepParentheses() {
    assertEquals(List.of(DiagnosticCode.RD104), codes("invariant P: " + "(".repeat(5000) + "a" + ")".repeat(5000)));
  }

  @Test
  void deepPrefixOperators() {
    assertEquals(List.of(DiagnosticCode.RD104), codes("invariant P: " + "not ".repeat(5000) + "a"));
    assertEquals(List.of(DiagnosticCode.RD104), codes("invariant P: " + "- ".repeat(5000) + "a"));
    assertEquals(List.of(DiagnosticCode.RD104), codes("invariant P: " + "all x: K | ".repeat(5000) + "a"));
  }

  @Test
  void deepBlocks() {
    assertEquals(List.of(DiagnosticCode.RD104), codes("routine r w " + "{".repeat(5000) + "}".repeat(5000)));
    assertEquals(
        List.of(DiagnosticCode.RD104), codes("routine r w { " + "if a { } else ".repeat(5000) + "{ } }"));
  }

  @Test
  void nestingWithinTheLimitParses() {
    assertEquals(List.of(), codes("invariant P: " + "(".repeat(100) + "a" + ")".repeat(100)));
    assertEquals(List.of(), codes("routine r w " + "{".repeat(100) + "}".repeat(100)));
  }
}
