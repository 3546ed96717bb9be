package dev.rundown.syntax;

import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.RuleRef;
import dev.rundown.syntax.ast.Stmt;
import dev.rundown.syntax.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parsing of statements, blocks and rule-id lists over a shared {@link TokenCursor}.
 * Semicolons between statements are optional; a statement ends where the next one begins. Which
 * statements are allowed where is left to the checker. Not thread-safe.
 */
final class StmtParser {
  private final TokenCursor c;
  private final ExprParser exprs;

  StmtParser(TokenCursor cursor, ExprParser exprs) {
    this.c = cursor;
    this.exprs = exprs;
  }

  /** Whether the next token can begin a statement. */
  boolean atStmtStart() {
    switch (c.peek().kind()) {
      case IDENT:
      case IF:
      case FOR:
      case EITHER:
      case CHOOSE:
      case ASSERT:
      case SKIP:
      case LBRACE:
      case LOCAL:
      case AWAIT:
      case CALL:
      case RETURN:
      case WHILE:
      case ATOMIC:
        return true;
      default:
        return false;
    }
  }

  /**
   * Statements while the next token can start one, with optional {@code ;} between them; when
   * {@code allowDo} is set, one {@code do} keyword may stand between two statements (action and api
   * bodies: {@code when g assert … do …}).
   */
  List<Stmt> statements(boolean allowDo) {
    List<Stmt> body = new ArrayList<>();
    boolean sawDo = false;
    while (true) {
      if (c.accept(TokenKind.SEMI)) {
        continue;
      }
      if (allowDo && !sawDo && c.accept(TokenKind.DO)) {
        sawDo = true;
        continue;
      }
      if (!atStmtStart()) {
        return body;
      }
      body.add(statement());
    }
  }

  /** {@code { statements }}. */
  List<Stmt> block() {
    c.expect(TokenKind.LBRACE);
    c.enter();
    try {
      List<Stmt> body = statements(false);
      c.expect(TokenKind.RBRACE);
      return body;
    } finally {
      c.leave();
    }
  }

  /** {@code rule ID, ID, …} if the next token is {@code rule}; otherwise an empty list. */
  List<RuleRef> rules() {
    List<RuleRef> rules = new ArrayList<>();
    if (c.accept(TokenKind.RULE)) {
      do {
        Token id = c.expect(TokenKind.RULEID);
        rules.add(new RuleRef(id.text(), id.span()));
      } while (c.accept(TokenKind.COMMA));
    }
    return rules;
  }

  Stmt statement() {
    Token start = c.peek();
    switch (start.kind()) {
      case IDENT:
        return assignOrCall(start);
      case IF:
        return ifStatement();
      case FOR:
        return forStatement(start);
      case EITHER:
        return either(start);
      case CHOOSE:
        return choose(start);
      case ASSERT:
        return assertStatement(start);
      case SKIP:
        c.advance();
        return new Stmt.Skip(start.span());
      case LBRACE:
        return new Stmt.Block(block(), c.spanFrom(start));
      case LOCAL:
        return local(start);
      case AWAIT:
        c.advance();
        return new Stmt.Await(exprs.expr(), c.spanFrom(start));
      case CALL:
        return call(start, List.of());
      case RETURN:
        c.advance();
        List<Expr> values = exprs.atExprStart() ? exprs.exprList() : List.of();
        return new Stmt.Return(values, c.spanFrom(start));
      case WHILE:
        c.advance();
        Expr condition = exprs.expr();
        return new Stmt.While(condition, block(), c.spanFrom(start));
      case ATOMIC:
        c.advance();
        return new Stmt.Atomic(block(), c.spanFrom(start));
      default:
        throw c.error("a statement");
    }
  }

  /** {@code t := e}, {@code t += e}, {@code t -= e}, {@code t1, t2 := call Op(args)}. */
  private Stmt assignOrCall(Token start) {
    List<Expr> targets = new ArrayList<>();
    targets.add(target());
    while (c.accept(TokenKind.COMMA)) {
      targets.add(target());
    }
    if (targets.size() > 1) {
      c.expect(TokenKind.ASSIGN);
      if (!c.at(TokenKind.CALL)) {
        throw c.error("`call` (several targets take the results of a call)");
      }
      return call(start, targets);
    }
    Stmt.AssignOp op;
    if (c.accept(TokenKind.ASSIGN)) {
      if (c.at(TokenKind.CALL)) {
        return call(start, targets);
      }
      op = Stmt.AssignOp.SET;
    } else if (c.accept(TokenKind.PLUS_ASSIGN)) {
      op = Stmt.AssignOp.ADD;
    } else if (c.accept(TokenKind.MINUS_ASSIGN)) {
      op = Stmt.AssignOp.SUB;
    } else {
      throw c.error("`:=`, `+=` or `-=`");
    }
    Expr value = exprs.expr();
    return new Stmt.Assign(targets.get(0), op, value, c.spanFrom(start));
  }

  /** A name followed by any number of {@code .field}. */
  private Expr target() {
    Token start = c.peek();
    Ident name = c.ident();
    Expr e = new Expr.Name(name.name(), name.span());
    while (c.accept(TokenKind.DOT)) {
      e = new Expr.Field(e, c.ident(), c.spanFrom(start));
    }
    return e;
  }

  /** {@code call Op(args)}; {@code start} is the first target, or the {@code call} keyword. */
  private Stmt call(Token start, List<Expr> targets) {
    c.expect(TokenKind.CALL);
    Ident operation = c.ident();
    c.expect(TokenKind.LPAREN);
    List<Expr> args = c.at(TokenKind.RPAREN) ? List.of() : exprs.exprList();
    c.expect(TokenKind.RPAREN);
    return new Stmt.Call(targets, operation, args, c.spanFrom(start));
  }

  /** {@code if c { … } [else if … | else { … }]}; an else-if is an If alone in {@code otherwise}. */
  private Stmt ifStatement() {
    Token start = c.expect(TokenKind.IF);
    Expr condition = exprs.expr();
    List<Stmt> then = block();
    List<Stmt> otherwise = List.of();
    if (c.accept(TokenKind.ELSE)) {
      if (c.at(TokenKind.IF)) {
        c.enter();
        try {
          otherwise = List.of(ifStatement());
        } finally {
          c.leave();
        }
      } else {
        otherwise = block();
      }
    }
    return new Stmt.If(condition, then, otherwise, c.spanFrom(start));
  }

  private Stmt forStatement(Token start) {
    c.advance();
    Ident variable = c.ident();
    c.expect(TokenKind.IN);
    TypeRef domain = exprs.type();
    Expr where = c.accept(TokenKind.WHERE) ? exprs.expr() : null;
    return new Stmt.For(variable, domain, where, block(), c.spanFrom(start));
  }

  /** {@code either [when g] { … } or [when g] { … } …}. */
  private Stmt either(Token start) {
    c.advance();
    List<Stmt.Branch> branches = new ArrayList<>();
    do {
      Token branchStart = c.peek();
      Expr guard = c.accept(TokenKind.WHEN) ? exprs.expr() : null;
      branches.add(new Stmt.Branch(guard, block(), c.spanFrom(branchStart)));
    } while (c.accept(TokenKind.OR));
    return new Stmt.Either(branches, c.spanFrom(start));
  }

  private Stmt choose(Token start) {
    c.advance();
    Ident variable = c.ident();
    c.expect(TokenKind.COLON);
    TypeRef domain = exprs.type();
    Expr where = c.accept(TokenKind.WHERE) ? exprs.expr() : null;
    return new Stmt.Choose(variable, domain, where, block(), c.spanFrom(start));
  }

  private Stmt assertStatement(Token start) {
    c.advance();
    Expr condition = exprs.expr();
    c.expect(TokenKind.AS);
    Ident property = c.ident();
    List<RuleRef> rules = rules();
    return new Stmt.Assert(condition, property, rules, c.spanFrom(start));
  }

  private Stmt local(Token start) {
    c.advance();
    Ident name = c.ident();
    c.expect(TokenKind.COLON);
    TypeRef type = exprs.type();
    Expr init = c.accept(TokenKind.EQUALS) ? exprs.expr() : null;
    return new Stmt.Local(name, type, init, c.spanFrom(start));
  }
}
