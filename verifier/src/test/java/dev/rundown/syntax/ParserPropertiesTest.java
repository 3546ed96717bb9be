package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness and determinism: the lexer and parser never throw on arbitrary text or token soup, they
 * report diagnostics instead, and parsing and printing the same text twice gives the same result.
 */
class ParserPropertiesTest {
  @Property(tries = 500)
  void lexerNeverThrowsAndCoversTheTextInOrder(@ForAll String text) {
    List<Token> tokens = Lexer.lex(new SourceFile("p", text), new Diagnostics());
    assertEquals(TokenKind.EOF, tokens.get(tokens.size() - 1).kind());
    int previousEnd = 0;
    for (Token token : tokens) {
      assertTrue(token.span().start() >= previousEnd, "tokens overlap or go backwards");
      assertTrue(token.span().end() <= text.length());
      previousEnd = token.span().end();
    }
  }

  @Property(tries = 500)
  void parserNeverThrowsOnArbitraryText(@ForAll String text) {
    assertNotNull(Parser.parse(new SourceFile("p", text)).file());
  }

  @Property(tries = 1000)
  void parserNeverThrowsOnTokenSoupAndIsDeterministic(@ForAll("soup") String text) {
    ParseResult first = Parser.parse(new SourceFile("p", text));
    ParseResult second = Parser.parse(new SourceFile("p", text));
    assertNotNull(first.file());
    assertEquals(AstPrinter.printWithSpans(first.file()), AstPrinter.printWithSpans(second.file()));
    assertEquals(describe(first.diagnostics()), describe(second.diagnostics()));
  }

  @Provide
  Arbitrary<String> soup() {
    List<String> vocabulary = new ArrayList<>();
    for (TokenKind kind : TokenKind.values()) {
      if (kind.spelling() != null) {
        vocabulary.add(kind.spelling());
      }
    }
    vocabulary.addAll(List.of("x", "Handle", "c", "0", "42", "\"s\"", "FLT-CTX-28", "CAN-1", "\n", "//c\n", "/*c*/"));
    return Arbitraries.of(vocabulary).list().ofMaxSize(60).map(tokens -> String.join(" ", tokens));
  }

  private static List<String> describe(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code() + "@" + d.span().start() + "-" + d.span().end() + ":" + d.message())
        .collect(Collectors.toList());
  }
}
