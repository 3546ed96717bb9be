package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Token-level behaviour of {@link Lexer}: kinds, rule-id context, strings, keywords, integer limits. */
class LexerTest {
  private static List<Token> lex(String text) {
    return Lexer.lex(new SourceFile("t", text), new Diagnostics());
  }

  private static List<TokenKind> kinds(String text) {
    return lex(text).stream().map(Token::kind).collect(Collectors.toList());
  }

  @Test
  void rangeIsIntDotDotInt() {
    assertEquals(List.of(TokenKind.INT, TokenKind.DOTDOT, TokenKind.INT, TokenKind.EOF), kinds("0..10"));
    assertEquals(
        List.of(TokenKind.MINUS, TokenKind.INT, TokenKind.DOTDOT, TokenKind.MINUS, TokenKind.INT, TokenKind.EOF),
        kinds("-1..-1"));
  }

  @Test
  void ruleIdsAreReadOnlyAfterRuleAndAfterCommasInTheList() {
    assertEquals(
        List.of(TokenKind.RULE, TokenKind.RULEID, TokenKind.COMMA, TokenKind.RULEID, TokenKind.IDENT, TokenKind.COMMA,
            TokenKind.IDENT, TokenKind.EOF),
        kinds("rule FLT-CTX-28, UMDF-FILE-8 x, y"));
    assertEquals(
        List.of(TokenKind.IDENT, TokenKind.MINUS, TokenKind.IDENT, TokenKind.MINUS, TokenKind.INT, TokenKind.EOF),
        kinds("FLT-CTX-28"));
    assertEquals("FLT-CTX-28", lex("rule /* c */ FLT-CTX-28").get(1).text());
  }

  @Test
  void ruleIdShape() {
    for (String ok : List.of("CAN-1", "FLT-CTX-28", "UMDF-FILE-8", "A1-B2-3", "X-0", "AB-12-3")) {
      assertTrue(Lexer.isWellFormedRuleId(ok), ok);
    }
    for (String bad : List.of("CAN", "can-1", "1-2", "CAN-", "-1", "CAN--1", "CAN-1x", "C_A-1", "CAN-X", "")) {
      assertFalse(Lexer.isWellFormedRuleId(bad), bad);
    }
  }

  @Test
  void stringsDecodeTheirTwoEscapes() {
    Token token = lex("\"a\\\"b\\\\c\"").get(0);
    assertEquals(TokenKind.STRING, token.kind());
    assertEquals("a\"b\\c", token.text());
    assertEquals(9, token.span().end());
  }

  @Test
  void longestPunctuationWins() {
    for (TokenKind kind : TokenKind.values()) {
      if (kind.spelling() != null && !kind.isKeyword()) {
        assertEquals(List.of(kind, TokenKind.EOF), kinds(kind.spelling()), kind.name());
      }
    }
    assertEquals(List.of(TokenKind.IDENT, TokenKind.MINUS_ASSIGN, TokenKind.INT, TokenKind.EOF), kinds("x-=1"));
  }

  @Test
  void keywordsAreExactlyThoseOfTheLanguageReference() throws IOException {
    String readme = Files.readString(RepoPaths.root().resolve("models/README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Keywords");
    int open = readme.indexOf('`', start);
    int close = readme.indexOf('`', open + 1);
    TreeSet<String> documented = new TreeSet<>(Arrays.asList(readme.substring(open + 1, close).trim().split("\\s+")));
    TreeSet<String> lexed = new TreeSet<>();
    for (TokenKind kind : TokenKind.values()) {
      if (kind.isKeyword()) {
        lexed.add(kind.spelling());
        assertEquals(kind, TokenKind.keyword(kind.spelling()));
      }
    }
    assertEquals(documented, lexed);
  }

  @Test
  void integersUpToIntMaxAreAccepted() {
    assertTrue(Lexer.fitsInt("2147483647"));
    assertTrue(Lexer.fitsInt("0002147483647"));
    assertFalse(Lexer.fitsInt("2147483648"));
    assertFalse(Lexer.fitsInt("10000000000"));
    Diagnostics diagnostics = new Diagnostics();
    Lexer.lex(new SourceFile("t", "2147483648"), diagnostics);
    assertEquals(DiagnosticCode.RD105, diagnostics.list().get(0).code());
  }

  @Test
  void eofHasAnEmptySpanAtTheEnd() {
    Token eof = lex("actors a // end").get(2);
    assertEquals(TokenKind.EOF, eof.kind());
    assertEquals(15, eof.span().start());
    assertEquals(15, eof.span().end());
  }
}
