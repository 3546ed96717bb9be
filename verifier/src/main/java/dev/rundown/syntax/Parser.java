package dev.rundown.syntax;

import com.google.common.collect.Sets;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.ModelFile;
import dev.rundown.syntax.ast.Param;
import dev.rundown.syntax.ast.RuleRef;
import dev.rundown.syntax.ast.Stmt;
import dev.rundown.syntax.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recursive-descent parser of {@code .rundown} files: header, then declarations (each starts with a
 * keyword). On a syntax error it reports RD104 at the offending token, skips to the next token that
 * starts a declaration and goes on, so one error does not hide the next. Never throws on bad input;
 * stateless entry point, deterministic result.
 */
public final class Parser {
  /** Tokens that start a top-level declaration; error recovery resumes at the next one. */
  private static final Set<TokenKind> DECLARATION_STARTS =
      Sets.immutableEnumSet(
          TokenKind.MODEL, TokenKind.SOURCE, TokenKind.INCLUDE, TokenKind.ACTORS, TokenKind.ENUM,
          TokenKind.SYMMETRIC, TokenKind.KIND, TokenKind.BOUND, TokenKind.VAR, TokenKind.ACTION,
          TokenKind.ROUTINE, TokenKind.API, TokenKind.CALLBACK, TokenKind.ON, TokenKind.INVARIANT,
          TokenKind.AT, TokenKind.DONE, TokenKind.EXPECT, TokenKind.FIXED);

  private final SourceFile file;
  private final TokenCursor c;
  private final ExprParser exprs;
  private final StmtParser stmts;

  private Parser(SourceFile file, List<Token> tokens, Diagnostics diagnostics) {
    this.file = file;
    this.c = new TokenCursor(file, tokens, diagnostics);
    this.exprs = new ExprParser(c);
    this.stmts = new StmtParser(c, exprs);
  }

  /** Lexes and parses one file; the result holds the (possibly partial) AST and all diagnostics, sorted. */
  public static ParseResult parse(SourceFile file) {
    Diagnostics diagnostics = new Diagnostics();
    List<Token> tokens = Lexer.lex(file, diagnostics);
    ModelFile model = new Parser(file, tokens, diagnostics).modelFile();
    return new ParseResult(model, diagnostics.list());
  }

  private ModelFile modelFile() {
    Ident name = null;
    List<String> sources = new ArrayList<>();
    List<Decl> decls = new ArrayList<>();
    if (c.at(TokenKind.MODEL)) {
      int start = c.position();
      try {
        c.advance();
        name = c.ident();
      } catch (TokenCursor.SyntaxError e) {
        recover(start);
      }
    }
    while (c.at(TokenKind.SOURCE)) {
      int start = c.position();
      try {
        c.advance();
        sources.add(c.expect(TokenKind.STRING).text());
      } catch (TokenCursor.SyntaxError e) {
        recover(start);
      }
    }
    while (!c.at(TokenKind.EOF)) {
      int start = c.position();
      c.resetDepth();
      try {
        decls.add(declaration());
      } catch (TokenCursor.SyntaxError e) {
        recover(start);
      }
    }
    return new ModelFile(file, name, sources, decls, new Span(file, 0, file.text().length()));
  }

  /** Skips to the next declaration keyword, always moving past the token where the declaration began. */
  private void recover(int declarationStart) {
    if (c.position() == declarationStart) {
      c.advance();
    }
    while (!c.at(TokenKind.EOF) && !DECLARATION_STARTS.contains(c.peek().kind())) {
      c.advance();
    }
  }

  private Decl declaration() {
    Token start = c.peek();
    switch (start.kind()) {
      case INCLUDE:
        c.advance();
        return new Decl.Include(c.expect(TokenKind.STRING).text(), c.spanFrom(start));
      case ACTORS:
        c.advance();
        return new Decl.Actors(identList(), c.spanFrom(start));
      case ENUM:
        return enumDecl(start);
      case SYMMETRIC:
      case KIND:
        return kind(start);
      case BOUND:
        return bound(start);
      case VAR:
        c.advance();
        return new Decl.Global(field(), c.spanFrom(start));
      case ACTION:
        return action(start);
      case ROUTINE:
        return routine(start);
      case API:
        return api(start);
      case CALLBACK:
        return callback(start);
      case ON:
        return handler(start);
      case INVARIANT:
      case AT:
      case DONE:
        return property(start);
      case EXPECT:
        return expect(start);
      case FIXED:
        c.advance();
        c.expect(TokenKind.BY);
        return new Decl.FixedBy(c.expect(TokenKind.STRING).text(), c.spanFrom(start));
      default:
        throw c.error("a declaration");
    }
  }

  /** Comma-separated identifiers, at least one. */
  private List<Ident> identList() {
    List<Ident> names = new ArrayList<>();
    do {
      names.add(c.ident());
    } while (c.accept(TokenKind.COMMA));
    return names;
  }

  private Decl enumDecl(Token start) {
    c.advance();
    Ident name = c.ident();
    c.expect(TokenKind.LBRACE);
    List<Ident> values = identList();
    c.expect(TokenKind.RBRACE);
    return new Decl.EnumDecl(name, values, c.spanFrom(start));
  }

  /** {@code [symmetric] kind Name[N] { field [;|,] … }}. */
  private Decl kind(Token start) {
    boolean symmetric = c.accept(TokenKind.SYMMETRIC);
    c.expect(TokenKind.KIND);
    Ident name = c.ident();
    Integer bound = null;
    if (c.accept(TokenKind.LBRACKET)) {
      bound = (int) ExprParser.intValue(c.expect(TokenKind.INT));
      c.expect(TokenKind.RBRACKET);
    }
    c.expect(TokenKind.LBRACE);
    List<Decl.FieldDecl> fields = new ArrayList<>();
    while (!c.accept(TokenKind.RBRACE)) {
      if (!c.accept(TokenKind.SEMI) && !c.accept(TokenKind.COMMA)) {
        fields.add(field());
      }
    }
    return new Decl.KindDecl(name, symmetric, bound, fields, c.spanFrom(start));
  }

  /** {@code name: Type [= init]}. */
  private Decl.FieldDecl field() {
    Token start = c.peek();
    Ident name = c.ident();
    c.expect(TokenKind.COLON);
    TypeRef type = exprs.type();
    Expr init = c.accept(TokenKind.EQUALS) ? exprs.expr() : null;
    return new Decl.FieldDecl(name, type, init, c.spanFrom(start));
  }

  private Decl bound(Token start) {
    c.advance();
    Ident kind = c.ident();
    c.expect(TokenKind.EQUALS);
    int value = (int) ExprParser.intValue(c.expect(TokenKind.INT));
    return new Decl.Bound(kind, value, c.spanFrom(start));
  }

  /** {@code action ACTOR NAME[(params)] [rule …] [when g] [do] statements}. */
  private Decl action(Token start) {
    c.advance();
    Ident actor = c.ident();
    Ident name = c.ident();
    List<Param> params = params();
    List<RuleRef> rules = stmts.rules();
    Expr guard = c.accept(TokenKind.WHEN) ? exprs.expr() : null;
    List<Stmt> body = stmts.statements(true);
    return new Decl.Action(actor, name, params, rules, guard, body, c.spanFrom(start));
  }

  /** {@code routine ACTOR NAME[(params)] [rule …] { statements }}. */
  private Decl routine(Token start) {
    c.advance();
    Ident actor = c.ident();
    Ident name = c.ident();
    List<Param> params = params();
    List<RuleRef> rules = stmts.rules();
    List<Stmt> body = stmts.block();
    return new Decl.Routine(actor, name, params, rules, body, c.spanFrom(start));
  }

  /** {@code api NAME[(params)] [returns T, …] [rule …] [when g] [do] statements}. */
  private Decl api(Token start) {
    c.advance();
    Ident name = c.ident();
    List<Param> params = params();
    List<TypeRef> returns = returns();
    List<RuleRef> rules = stmts.rules();
    Expr guard = c.accept(TokenKind.WHEN) ? exprs.expr() : null;
    List<Stmt> body = stmts.statements(true);
    return new Decl.Api(name, params, returns, rules, guard, body, c.spanFrom(start));
  }

  /** {@code callback ACTOR NAME[(params)] [returns T, …] [rule …] [{ default body }]}. */
  private Decl callback(Token start) {
    c.advance();
    Ident actor = c.ident();
    Ident name = c.ident();
    List<Param> params = params();
    List<TypeRef> returns = returns();
    List<RuleRef> rules = stmts.rules();
    List<Stmt> defaultBody = c.at(TokenKind.LBRACE) ? stmts.block() : null;
    return new Decl.Callback(actor, name, params, returns, rules, defaultBody, c.spanFrom(start));
  }

  /** {@code on NAME[(p1, p2)] [rule …] { body }}. */
  private Decl handler(Token start) {
    c.advance();
    Ident callback = c.ident();
    List<Ident> params = new ArrayList<>();
    if (c.accept(TokenKind.LPAREN)) {
      while (!c.accept(TokenKind.RPAREN)) {
        params.add(c.ident());
        separator();
      }
    }
    List<RuleRef> rules = stmts.rules();
    List<Stmt> body = stmts.block();
    return new Decl.Handler(callback, params, rules, body, c.spanFrom(start));
  }

  /** {@code (name: Type [,|;] …)}, or nothing at all (no parameters). */
  private List<Param> params() {
    List<Param> params = new ArrayList<>();
    if (c.accept(TokenKind.LPAREN)) {
      while (!c.accept(TokenKind.RPAREN)) {
        Token start = c.peek();
        Ident name = c.ident();
        c.expect(TokenKind.COLON);
        TypeRef type = exprs.type();
        params.add(new Param(name, type, c.spanFrom(start)));
        separator();
      }
    }
    return params;
  }

  /** An optional {@code ,} or {@code ;} between parameters. */
  private void separator() {
    if (!c.accept(TokenKind.COMMA)) {
      c.accept(TokenKind.SEMI);
    }
  }

  private List<TypeRef> returns() {
    List<TypeRef> types = new ArrayList<>();
    if (c.accept(TokenKind.RETURNS)) {
      do {
        types.add(exprs.type());
      } while (c.accept(TokenKind.COMMA));
    }
    return types;
  }

  /** {@code invariant NAME: e}, {@code at end NAME: e}, {@code done [NAME:] e}, each with {@code [rule …]}. */
  private Decl property(Token start) {
    TokenKind kind = c.advance().kind();
    if (kind == TokenKind.AT) {
      c.expect(TokenKind.END);
    }
    Ident name = null;
    if (kind != TokenKind.DONE || (c.at(TokenKind.IDENT) && c.peek(1).kind() == TokenKind.COLON)) {
      name = c.ident();
      c.expect(TokenKind.COLON);
    }
    Expr condition = exprs.expr();
    List<RuleRef> rules = stmts.rules();
    Span span = c.spanFrom(start);
    if (kind == TokenKind.INVARIANT) {
      return new Decl.Invariant(name, condition, rules, span);
    }
    if (kind == TokenKind.AT) {
      return new Decl.AtEnd(name, condition, rules, span);
    }
    return new Decl.Done(name, condition, rules, span);
  }

  private Decl expect(Token start) {
    c.advance();
    Ident property = c.ident();
    boolean holds;
    if (c.accept(TokenKind.HOLDS)) {
      holds = true;
    } else if (c.accept(TokenKind.VIOLATED)) {
      holds = false;
    } else {
      throw c.error("`holds` or `violated`");
    }
    return new Decl.Expect(property, holds, c.spanFrom(start));
  }
}
