package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rundown.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Error corpus of the lexer and parser: each case in {@code parser/errors/*.txt} lists the expected
 * diagnostics, one {@code CODE line:col} a line, in the order the parser reports them (sorted by
 * position). Refresh with {@code -Dgolden.update=true}, then review the diff.
 */
class ParserErrorTest {
  static String actual(CorpusFile.Case c) {
    ParseResult result = Parser.parse(new SourceFile("case", c.source()));
    return result.diagnostics().stream()
        .map(d -> d.code() + " " + d.span().line() + ":" + d.span().column())
        .collect(Collectors.joining("\n"));
  }

  @TestFactory
  List<DynamicTest> errors() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path path : RepoPaths.filesEndingWith(RepoPaths.testResources("parser/errors"), ".txt")) {
      CorpusFile corpus = CorpusFile.read(path);
      if (CorpusFile.updating()) {
        corpus.rewrite(ParserErrorTest::actual);
        corpus = CorpusFile.read(path);
      }
      for (CorpusFile.Case c : corpus.cases()) {
        tests.add(
            DynamicTest.dynamicTest(
                path.getFileName() + ":" + c.line() + " " + c.title(),
                () -> {
                  assertNotNull(Parser.parse(new SourceFile("case", c.source())).file());
                  assertEquals(c.expected(), actual(c));
                }));
      }
    }
    return tests;
  }
}
