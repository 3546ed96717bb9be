package dev.rundown.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the snippets of {@code src/test/resources/check}: each line marked {@code // EXPECT: RD204[, RD203]} must
 * get exactly those diagnostics (by primary span line), and every unmarked line none. Unmarked files must check clean.
 */
class CheckSnippetsTest {
  private static final Pattern EXPECT = Pattern.compile("//\\s*EXPECT:\\s*(RD\\d{3}(?:\\s*,\\s*RD\\d{3})*)");

  /** Every code the checker emits; each needs a snippet. */
  private static final Set<DiagnosticCode> EMITTED = EnumSet.of(
      DiagnosticCode.RD201, DiagnosticCode.RD202, DiagnosticCode.RD203, DiagnosticCode.RD204, DiagnosticCode.RD205,
      DiagnosticCode.RD206, DiagnosticCode.RD207, DiagnosticCode.RD208, DiagnosticCode.RD209, DiagnosticCode.RD210,
      DiagnosticCode.RD211, DiagnosticCode.RD212, DiagnosticCode.RD213, DiagnosticCode.RD214, DiagnosticCode.RD215,
      DiagnosticCode.RD216, DiagnosticCode.RD217, DiagnosticCode.RD218, DiagnosticCode.RD219, DiagnosticCode.RD220,
      DiagnosticCode.RD221, DiagnosticCode.RD222, DiagnosticCode.RD230, DiagnosticCode.RD301, DiagnosticCode.RD302);

  private static List<Path> snippets() throws IOException {
    try (Stream<Path> files = Files.list(Sources.repo().resolve("verifier/src/test/resources/check"))) {
      return files.filter(p -> p.toString().endsWith(".rundown")).sorted().collect(Collectors.toList());
    }
  }

  private static SortedMap<Integer, List<String>> expected(String text) {
    SortedMap<Integer, List<String>> out = new TreeMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      if (m.find()) {
        List<String> codes = new ArrayList<>();
        for (String c : m.group(1).split(",")) {
          codes.add(c.strip());
        }
        codes.sort(null);
        out.put(i + 1, codes);
      }
    }
    return out;
  }

  private static SortedMap<Integer, List<String>> actual(List<Diagnostic> diagnostics) {
    SortedMap<Integer, List<String>> out = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      out.computeIfAbsent(d.span().line(), l -> new ArrayList<>()).add(d.code().name());
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  @TestFactory
  List<DynamicTest> everySnippetGetsExactlyItsMarkedDiagnostics() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path path : snippets()) {
      tests.add(DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        SourceFile file = new SourceFile("check/" + path.getFileName(), text);
        CheckResult result = Checker.check(List.of(Sources.parse(file)));
        SortedMap<Integer, List<String>> expected = expected(text);
        assertEquals(expected, actual(result.diagnostics()), () -> Sources.render(result.diagnostics()));
        assertEquals(expected.isEmpty(), result.model().isPresent());
      }));
    }
    return tests;
  }

  @Test
  void everyEmittedCodeHasASnippet() throws IOException {
    Set<String> covered = new java.util.TreeSet<>();
    for (Path path : snippets()) {
      expected(Files.readString(path, StandardCharsets.UTF_8)).values().forEach(covered::addAll);
    }
    for (DiagnosticCode code : EMITTED) {
      assertTrue(covered.contains(code.name()), "no snippet expects " + code);
    }
  }
}
