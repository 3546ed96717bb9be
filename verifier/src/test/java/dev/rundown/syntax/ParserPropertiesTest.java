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

  /** Mutations of a real model (tokens dropped, repeated or swapped) exercise recovery deep in the grammar. */
  @Property(tries = 300)
  void parserRecoversFromMutationsOfARealModel(
      @ForAll("positions") List<Integer> edits, @ForAll("positions") List<Integer> kinds) {
    String model = BENCH_MODEL;
    List<Token> tokens = Lexer.lex(new SourceFile("m", model), new Diagnostics());
    List<String> words = new ArrayList<>();
    for (Token token : tokens.subList(0, tokens.size() - 1)) {
      words.add(model.substring(token.span().start(), token.span().end()));
    }
    for (int i = 0; i < edits.size() && !words.isEmpty(); i++) {
      int at = edits.get(i) % words.size();
      int kind = i < kinds.size() ? kinds.get(i) % 3 : 0;
      if (kind == 0) {
        words.remove(at);
      } else if (kind == 1) {
        words.add(at, words.get(at));
      } else if (at + 1 < words.size()) {
        words.set(at, words.set(at + 1, words.get(at)));
      }
    }
    String text = String.join(" ", words);
    ParseResult result = Parser.parse(new SourceFile("m", text));
    assertNotNull(result.file());
    for (Diagnostic d : result.diagnostics()) {
      assertTrue(d.span().end() <= text.length());
    }
    assertEquals(AstPrinter.printWithSpans(result.file()), AstPrinter.printWithSpans(Parser.parse(new SourceFile("m", text)).file()));
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(6);
  }

  private static final String BENCH_MODEL =
      "model Handles source \"x.md\" actors app, driver\n"
          + "enum HandleState { Idle, Open, Closing, Closed } symmetric kind Handle[3] { state: HandleState = Idle; n: 0..2 }\n"
          + "var inflight: 0..10 = 0\n"
          + "action app send(h: Handle) rule WDM-FILE-3, CAN-1 when h.state == Open and (h.n < 2 or not h.n in {0})\n"
          + "  do if h.n == 0 { h.n := 1 } else if h.n == 1 { h.n += 1 } else { skip } inflight += 1\n"
          + "  either when h.n > 0 { h.n -= 1 } or { choose g: Handle where g != h { g.n := 0 } }\n"
          + "routine driver R(h: Handle) { local c: Context? = none; x, y := call Op(h, -1) await h.n == 0\n"
          + "  while h.n > 0 { atomic { h.n -= 1 } } for g in Handle { assert g.n >= 0 as P rule CAN-1 } return }\n"
          + "api Op(h: Handle, k: -1..1) returns bool, 0..1 when true do return true, 0\n"
          + "callback driver Cb(c: Context) rule FLT-CTX-2 { return } on Cb(c) { skip }\n"
          + "invariant I: all h: Handle | h.state == Closed implies count g: Handle | g.n > 0 rule CAN-1\n"
          + "at end E: no h: Handle | h.n > 0 done D: true expect I holds bound Handle = 2\n";

  private static List<String> describe(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code() + "@" + d.span().start() + "-" + d.span().end() + ":" + d.message())
        .collect(Collectors.toList());
  }
}
