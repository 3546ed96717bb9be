package dev.rundown.syntax;

import java.util.Map;
import java.util.TreeMap;

/**
 * The kinds of token of the rundown language: literals, keywords and punctuation.
 * Immutable enum; {@link #keyword(String)} maps a reserved word to its kind.
 */
public enum TokenKind {
  IDENT(null, "identifier"),
  INT(null, "integer"),
  STRING(null, "string"),
  RULEID(null, "rule id"),
  EOF(null, "end of file"),

  ACTION("action"),
  ACTORS("actors"),
  ALL("all"),
  AND("and"),
  API("api"),
  AS("as"),
  ASSERT("assert"),
  AT("at"),
  ATOMIC("atomic"),
  AWAIT("await"),
  BY("by"),
  BOOL("bool"),
  BOUND("bound"),
  CALL("call"),
  CALLBACK("callback"),
  CHOOSE("choose"),
  COUNT("count"),
  DO("do"),
  DONE("done"),
  EITHER("either"),
  ELSE("else"),
  END("end"),
  ENUM("enum"),
  EXPECT("expect"),
  FALSE("false"),
  FIXED("fixed"),
  FOR("for"),
  HOLDS("holds"),
  IF("if"),
  IMPLIES("implies"),
  IN("in"),
  INCLUDE("include"),
  INVARIANT("invariant"),
  KIND("kind"),
  LOCAL("local"),
  MODEL("model"),
  NO("no"),
  NONE("none"),
  NOT("not"),
  ON("on"),
  OR("or"),
  RETURN("return"),
  RETURNS("returns"),
  ROUTINE("routine"),
  RULE("rule"),
  SKIP("skip"),
  SOME("some"),
  SOURCE("source"),
  SYMMETRIC("symmetric"),
  TRUE("true"),
  VAR("var"),
  VIOLATED("violated"),
  WHEN("when"),
  WHERE("where"),
  WHILE("while"),

  LBRACE("{", null),
  RBRACE("}", null),
  LPAREN("(", null),
  RPAREN(")", null),
  LBRACKET("[", null),
  RBRACKET("]", null),
  COMMA(",", null),
  SEMI(";", null),
  COLON(":", null),
  DOT(".", null),
  DOTDOT("..", null),
  BAR("|", null),
  QUESTION("?", null),
  EQUALS("=", null),
  ASSIGN(":=", null),
  PLUS_ASSIGN("+=", null),
  MINUS_ASSIGN("-=", null),
  EQ("==", null),
  NE("!=", null),
  LT("<", null),
  LE("<=", null),
  GT(">", null),
  GE(">=", null),
  PLUS("+", null),
  MINUS("-", null);

  private static final Map<String, TokenKind> KEYWORDS = keywordTable();

  private final String spelling;
  private final String description;
  private final boolean keyword;

  /** A keyword: its spelling is its text. */
  TokenKind(String word) {
    this.spelling = word;
    this.description = "`" + word + "`";
    this.keyword = true;
  }

  /** Punctuation (spelling given, description null) or a literal class (spelling null). */
  TokenKind(String spelling, String description) {
    this.spelling = spelling;
    this.description = description != null ? description : "`" + spelling + "`";
    this.keyword = false;
  }

  /** The fixed text of a keyword or punctuation token; null for identifiers, literals and EOF. */
  public String spelling() {
    return spelling;
  }

  /** How messages name this kind, e.g. {@code `:=`} or {@code identifier}. */
  public String description() {
    return description;
  }

  public boolean isKeyword() {
    return keyword;
  }

  /** The keyword spelled {@code word}, or null when {@code word} is not reserved. */
  public static TokenKind keyword(String word) {
    return KEYWORDS.get(word);
  }

  private static Map<String, TokenKind> keywordTable() {
    Map<String, TokenKind> table = new TreeMap<>();
    for (TokenKind kind : values()) {
      if (kind.keyword) {
        table.put(kind.spelling, kind);
      }
    }
    return Map.copyOf(table);
  }
}
