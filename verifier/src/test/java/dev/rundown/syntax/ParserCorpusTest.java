package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.diag.Diagnostic;
import dev.rundown.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden corpus of the parser: each case in {@code parser/ok/*.txt} parses without diagnostics to the
 * expected S-expression ({@code [spans]} in a title prints spans too). Refresh with
 * {@code -Dgolden.update=true}, then review the diff.
 */
class ParserCorpusTest {
  static String actual(Path path, CorpusFile.Case c) {
    ParseResult result = Parser.parse(new SourceFile(path.getFileName() + ":" + c.line(), c.source()));
    String printed =
        c.title().contains("[spans]") ? AstPrinter.printWithSpans(result.file()) : AstPrinter.print(result.file());
    if (result.diagnostics().isEmpty()) {
      return printed;
    }
    String diagnostics =
        result.diagnostics().stream()
            .map(d -> "; " + d.code() + " " + d.span().line() + ":" + d.span().column() + " " + d.message())
            .collect(Collectors.joining("\n"));
    return diagnostics + "\n" + printed;
  }

  @TestFactory
  List<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path path : RepoPaths.filesEndingWith(RepoPaths.testResources("parser/ok"), ".txt")) {
      CorpusFile corpus = CorpusFile.read(path);
      if (CorpusFile.updating()) {
        corpus.rewrite(c -> actual(path, c));
        corpus = CorpusFile.read(path);
      }
      for (CorpusFile.Case c : corpus.cases()) {
        tests.add(
            DynamicTest.dynamicTest(
                path.getFileName() + ":" + c.line() + " " + c.title(),
                () -> {
                  ParseResult result = Parser.parse(new SourceFile("case", c.source()));
                  assertEquals(List.<Diagnostic>of(), result.diagnostics(), "diagnostics");
                  assertEquals(c.expected(), CorpusFile.trimTrailing(actual(path, c)));
                }));
      }
    }
    return tests;
  }
}
