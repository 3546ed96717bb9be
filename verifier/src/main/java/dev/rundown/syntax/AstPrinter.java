package dev.rundown.syntax;

import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.ModelFile;
import dev.rundown.syntax.ast.Param;
import dev.rundown.syntax.ast.RuleRef;
import dev.rundown.syntax.ast.Stmt;
import dev.rundown.syntax.ast.TypeRef;
import java.util.List;

/**
 * Prints AST nodes as S-expressions, one canonical form for golden tests and debugging: every field of
 * every node, {@code _} for an absent value. Stateless entry points; output depends on the node only.
 *
 * <p>Format: a node is {@code (head field …)}; optional parts keep their place as {@code _}; lists of
 * children sit in a labelled list such as {@code (rules …)} or {@code (body …)}, or an unlabelled one
 * for parameters {@code ((c Context) (n 0..3))}, enum values and handler parameters. Declarations:
 * {@code (include "p")}, {@code (actors a b)}, {@code (enum E (V W))},
 * {@code (kind K (symmetric true) (bound 3|_) (fields (field f T init|_) …))}, {@code (var x T init|_)},
 * {@code (bound K 3)}, {@code (action ACTOR N (params) (rules …) (when e|_) (body …))},
 * {@code (routine ACTOR N (params) (rules …) (body …))},
 * {@code (api N (params) (returns T …) (rules …) (when e|_) (body …))},
 * {@code (callback ACTOR N (params) (returns …) (rules …) (default …))} ({@code (default _)} when no body),
 * {@code (on N (p q) (rules …) (body …))}, {@code (invariant N e (rules …))}, {@code (at-end N e (rules …))},
 * {@code (done N|_ e (rules …))}, {@code (expect N holds|violated)}. Statements: {@code (:= t e)},
 * {@code (+= t e)}, {@code (-= t e)}, {@code (if c (then …) (else …))}, {@code (for x T (where e|_) (body …))},
 * {@code (either (branch (when g|_) (body …)) …)}, {@code (choose x T (where e|_) (body …))},
 * {@code (assert e Name (rules …))}, {@code (skip)}, {@code (block …)}, {@code (local x T init|_)},
 * {@code (await e)}, {@code (call Op (targets …) (args …))}, {@code (return …)}, {@code (while c (body …))},
 * {@code (atomic …)}. Expressions: literals and names bare ({@code true}, {@code 3}, {@code -1},
 * {@code none}, {@code x}), {@code (. e field)}, {@code (not e)}, {@code (neg e)}, {@code (OP a b)} with OP
 * one of {@code implies or and == != < <= > >= + -}, {@code (in e (a b))}, {@code (all|some|no|count x T body)}.
 * Types: {@code bool}, {@code lo..hi}, {@code Name}, {@code Name?}. A file is {@code (file NAME|_ (sources "…" …)}
 * followed by one declaration per line, indented by two spaces. With spans, each node (not the labelled
 * lists) is followed by {@code @line:col-line:col}, the end being exclusive.
 */
public final class AstPrinter {
  private final StringBuilder out = new StringBuilder();
  private final boolean spans;

  private AstPrinter(boolean spans) {
    this.spans = spans;
  }

  /** The file as {@code (file NAME (sources …)} and one declaration per indented line, then {@code )}. */
  public static String print(ModelFile file) {
    return new AstPrinter(false).file(file);
  }

  /** Like {@link #print(ModelFile)}, with every node's span after it. */
  public static String printWithSpans(ModelFile file) {
    return new AstPrinter(true).file(file);
  }

  public static String print(Decl decl) {
    AstPrinter printer = new AstPrinter(false);
    printer.decl(decl);
    return printer.out.toString();
  }

  public static String print(Stmt stmt) {
    AstPrinter printer = new AstPrinter(false);
    printer.stmt(stmt);
    return printer.out.toString();
  }

  public static String print(Expr expr) {
    AstPrinter printer = new AstPrinter(false);
    printer.expr(expr);
    return printer.out.toString();
  }

  private String file(ModelFile file) {
    open("file");
    if (file.name() == null) {
      atom("_", null);
    } else {
      ident(file.name());
    }
    open("sources");
    for (String source : file.sources()) {
      atom(quote(source), null);
    }
    close(null);
    for (Decl decl : file.decls()) {
      out.append("\n  ");
      decl(decl);
    }
    close(file.span());
    return out.toString();
  }

  // ---- declarations

  private void decl(Decl d) {
    if (d instanceof Decl.Include x) {
      open("include");
      atom(quote(x.path()), null);
    } else if (d instanceof Decl.Actors x) {
      open("actors");
      idents(x.names());
    } else if (d instanceof Decl.EnumDecl x) {
      open("enum");
      ident(x.name());
      open(null);
      idents(x.values());
      close(null);
    } else if (d instanceof Decl.KindDecl x) {
      kind(x);
    } else if (d instanceof Decl.Global x) {
      open("var");
      fieldParts(x.field());
    } else if (d instanceof Decl.Bound x) {
      open("bound");
      ident(x.kind());
      atom(String.valueOf(x.value()), null);
    } else if (d instanceof Decl.Action x) {
      open("action");
      ident(x.actor());
      ident(x.name());
      params(x.params());
      rules(x.rules());
      clause("when", x.guard());
      body("body", x.body());
    } else if (d instanceof Decl.Routine x) {
      open("routine");
      ident(x.actor());
      ident(x.name());
      params(x.params());
      rules(x.rules());
      body("body", x.body());
    } else if (d instanceof Decl.Api x) {
      open("api");
      ident(x.name());
      params(x.params());
      returns(x.returns());
      rules(x.rules());
      clause("when", x.guard());
      body("body", x.body());
    } else if (d instanceof Decl.Callback x) {
      callback(x);
    } else if (d instanceof Decl.Handler x) {
      open("on");
      ident(x.callback());
      open(null);
      idents(x.params());
      close(null);
      rules(x.rules());
      body("body", x.body());
    } else {
      property(d);
    }
    close(d.span());
  }

  private void kind(Decl.KindDecl x) {
    open("kind");
    ident(x.name());
    open("symmetric");
    atom(String.valueOf(x.symmetric()), null);
    close(null);
    open("bound");
    atom(x.defaultBound() == null ? "_" : String.valueOf(x.defaultBound()), null);
    close(null);
    open("fields");
    for (Decl.FieldDecl field : x.fields()) {
      open("field");
      fieldParts(field);
      close(field.span());
    }
    close(null);
  }

  private void fieldParts(Decl.FieldDecl field) {
    ident(field.name());
    type(field.type());
    optionalExpr(field.init());
  }

  private void callback(Decl.Callback x) {
    open("callback");
    ident(x.actor());
    ident(x.name());
    params(x.params());
    returns(x.returns());
    rules(x.rules());
    if (x.defaultBody() == null) {
      open("default");
      atom("_", null);
      close(null);
    } else {
      body("default", x.defaultBody());
    }
  }

  private void property(Decl d) {
    if (d instanceof Decl.Invariant x) {
      open("invariant");
      ident(x.name());
      expr(x.condition());
      rules(x.rules());
    } else if (d instanceof Decl.AtEnd x) {
      open("at-end");
      ident(x.name());
      expr(x.condition());
      rules(x.rules());
    } else if (d instanceof Decl.Done x) {
      open("done");
      if (x.name() == null) {
        atom("_", null);
      } else {
        ident(x.name());
      }
      expr(x.condition());
      rules(x.rules());
    } else if (d instanceof Decl.Expect x) {
      open("expect");
      ident(x.property());
      atom(x.holds() ? "holds" : "violated", null);
    } else if (d instanceof Decl.FixedBy x) {
      open("fixed-by");
      atom(quote(x.path()), null);
    } else {
      throw new IllegalArgumentException("unknown declaration " + d.getClass().getSimpleName());
    }
  }

  private void params(List<Param> params) {
    open(null);
    for (Param p : params) {
      open(null);
      ident(p.name());
      if (p.type() == null) {
        atom("_", null);
      } else {
        type(p.type());
      }
      close(p.span());
    }
    close(null);
  }

  private void returns(List<TypeRef> types) {
    open("returns");
    for (TypeRef t : types) {
      type(t);
    }
    close(null);
  }

  private void rules(List<RuleRef> rules) {
    open("rules");
    for (RuleRef rule : rules) {
      atom(rule.id(), rule.span());
    }
    close(null);
  }

  // ---- statements

  private void body(String head, List<Stmt> body) {
    open(head);
    for (Stmt s : body) {
      stmt(s);
    }
    close(null);
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.Assign x) {
      open(x.op() == Stmt.AssignOp.SET ? ":=" : x.op() == Stmt.AssignOp.ADD ? "+=" : "-=");
      expr(x.target());
      expr(x.value());
    } else if (s instanceof Stmt.If x) {
      open("if");
      expr(x.condition());
      body("then", x.then());
      body("else", x.otherwise());
    } else if (s instanceof Stmt.For x) {
      open("for");
      ident(x.variable());
      type(x.domain());
      clause("where", x.where());
      body("body", x.body());
    } else if (s instanceof Stmt.Either x) {
      open("either");
      for (Stmt.Branch branch : x.branches()) {
        open("branch");
        clause("when", branch.guard());
        body("body", branch.body());
        close(branch.span());
      }
    } else if (s instanceof Stmt.Choose x) {
      open("choose");
      ident(x.variable());
      type(x.domain());
      clause("where", x.where());
      body("body", x.body());
    } else if (s instanceof Stmt.Assert x) {
      open("assert");
      expr(x.condition());
      ident(x.property());
      rules(x.rules());
    } else if (s instanceof Stmt.Skip) {
      open("skip");
    } else if (s instanceof Stmt.Block x) {
      open("block");
      stmts(x.body());
    } else {
      routineStmt(s);
    }
    close(s.span());
  }

  /** The statements only routines, callbacks and API operations use. */
  private void routineStmt(Stmt s) {
    if (s instanceof Stmt.Local x) {
      open("local");
      ident(x.name());
      type(x.type());
      optionalExpr(x.init());
    } else if (s instanceof Stmt.Await x) {
      open("await");
      expr(x.condition());
    } else if (s instanceof Stmt.Call x) {
      open("call");
      ident(x.operation());
      open("targets");
      exprs(x.targets());
      close(null);
      open("args");
      exprs(x.args());
      close(null);
    } else if (s instanceof Stmt.Return x) {
      open("return");
      exprs(x.values());
    } else if (s instanceof Stmt.While x) {
      open("while");
      expr(x.condition());
      body("body", x.body());
    } else if (s instanceof Stmt.Atomic x) {
      open("atomic");
      stmts(x.body());
    } else {
      throw new IllegalArgumentException("unknown statement " + s.getClass().getSimpleName());
    }
  }

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  // ---- expressions and types

  private void expr(Expr e) {
    if (e instanceof Expr.BoolLit x) {
      atom(String.valueOf(x.value()), x.span());
    } else if (e instanceof Expr.IntLit x) {
      atom(String.valueOf(x.value()), x.span());
    } else if (e instanceof Expr.NoneLit x) {
      atom("none", x.span());
    } else if (e instanceof Expr.Name x) {
      atom(x.name(), x.span());
    } else if (e instanceof Expr.Field x) {
      open(".");
      expr(x.target());
      ident(x.field());
      close(x.span());
    } else if (e instanceof Expr.Unary x) {
      open(x.op() == Expr.UnaryOp.NOT ? "not" : "neg");
      expr(x.operand());
      close(x.span());
    } else if (e instanceof Expr.Binary x) {
      open(binaryHead(x.op()));
      expr(x.left());
      expr(x.right());
      close(x.span());
    } else if (e instanceof Expr.In x) {
      open("in");
      expr(x.element());
      open(null);
      exprs(x.set());
      close(null);
      close(x.span());
    } else if (e instanceof Expr.Quantified x) {
      open(x.quantifier().name().toLowerCase(java.util.Locale.ROOT));
      ident(x.variable());
      type(x.domain());
      expr(x.body());
      close(x.span());
    } else {
      throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
    }
  }

  static String binaryHead(Expr.BinaryOp op) {
    switch (op) {
      case IMPLIES: return "implies";
      case OR: return "or";
      case AND: return "and";
      case EQ: return "==";
      case NE: return "!=";
      case LT: return "<";
      case LE: return "<=";
      case GT: return ">";
      case GE: return ">=";
      case ADD: return "+";
      case SUB: return "-";
      default: throw new IllegalArgumentException(op.name());
    }
  }

  private void exprs(List<Expr> list) {
    for (Expr e : list) {
      expr(e);
    }
  }

  private void optionalExpr(Expr e) {
    if (e == null) {
      atom("_", null);
    } else {
      expr(e);
    }
  }

  /** {@code (head e)} or {@code (head _)}. */
  private void clause(String head, Expr e) {
    open(head);
    optionalExpr(e);
    close(null);
  }

  private void type(TypeRef t) {
    if (t instanceof TypeRef.Bool) {
      atom("bool", t.span());
    } else if (t instanceof TypeRef.Range x) {
      atom(x.lo() + ".." + x.hi(), t.span());
    } else if (t instanceof TypeRef.Named x) {
      atom(x.optional() ? x.name() + "?" : x.name(), t.span());
    } else {
      throw new IllegalArgumentException("unknown type " + t.getClass().getSimpleName());
    }
  }

  // ---- layout

  private void ident(Ident id) {
    atom(id.name(), id.span());
  }

  private void idents(List<Ident> ids) {
    for (Ident id : ids) {
      ident(id);
    }
  }

  /** Starts a list; {@code head} may be null for an unlabelled list. */
  private void open(String head) {
    space();
    out.append('(');
    if (head != null) {
      out.append(head);
    }
  }

  /** Ends a list, followed by its span when spans are printed and the list is a node. */
  private void close(Span span) {
    out.append(')');
    suffix(span);
  }

  private void atom(String text, Span span) {
    space();
    out.append(text);
    suffix(span);
  }

  private void space() {
    if (out.length() > 0) {
      char last = out.charAt(out.length() - 1);
      if (last != '(' && last != ' ') {
        out.append(' ');
      }
    }
  }

  private void suffix(Span span) {
    if (spans && span != null) {
      out.append('@')
          .append(span.line())
          .append(':')
          .append(span.column())
          .append('-')
          .append(span.file().line(span.end()))
          .append(':')
          .append(span.file().column(span.end()));
    }
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
