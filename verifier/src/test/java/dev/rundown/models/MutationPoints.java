package dev.rundown.models;

import dev.rundown.source.SourceFile;
import dev.rundown.syntax.ParseResult;
import dev.rundown.syntax.Parser;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutation points of one rule model file, found on its AST in source order: assert, invariant, at end and
 * done conditions, action and API guards, {@code either when} guards and {@code await} conditions. A mutant
 * replaces one condition's source text by {@code true}. Stateless.
 */
final class MutationPoints {
  /**
   * One condition of {@code path}: its kind, line and span offsets into the file's text, and the property it is the
   * condition of (an assert, invariant, at end or done; null for a guard or an await).
   */
  record Point(String path, int line, String kind, int start, int end, String property) {
    String key() {
      return path + ":" + line + " " + kind;
    }

    /** The file's text with this condition replaced by {@code true}. */
    String mutate(String text) {
      return text.substring(0, start) + "true" + text.substring(end);
    }
  }

  private MutationPoints() {}

  static List<Point> of(String path, String text) {
    ParseResult parsed = Parser.parse(new SourceFile(path, text));
    if (parsed.hasErrors()) {
      throw new AssertionError(path + " does not parse: " + parsed.diagnostics());
    }
    List<Point> points = new ArrayList<>();
    for (Decl decl : parsed.file().decls()) {
      if (decl instanceof Decl.Action a) {
        add(points, path, "when", a.guard(), null);
        stmts(points, path, a.body());
      } else if (decl instanceof Decl.Api a) {
        add(points, path, "when", a.guard(), null);
        stmts(points, path, a.body());
      } else if (decl instanceof Decl.Routine r) {
        stmts(points, path, r.body());
      } else if (decl instanceof Decl.Callback c && c.defaultBody() != null) {
        stmts(points, path, c.defaultBody());
      } else if (decl instanceof Decl.Handler h) {
        stmts(points, path, h.body());
      } else if (decl instanceof Decl.Invariant i) {
        add(points, path, "invariant", i.condition(), i.name().name());
      } else if (decl instanceof Decl.AtEnd e) {
        add(points, path, "at-end", e.condition(), e.name().name());
      } else if (decl instanceof Decl.Done d) {
        add(points, path, "done", d.condition(), d.name() == null ? "NoHang" : d.name().name());
      }
    }
    return points;
  }

  private static void stmts(List<Point> points, String path, List<Stmt> body) {
    for (Stmt stmt : body) {
      if (stmt instanceof Stmt.Assert a) {
        add(points, path, "assert", a.condition(), a.property().name());
      } else if (stmt instanceof Stmt.Await a) {
        add(points, path, "await", a.condition(), null);
      } else if (stmt instanceof Stmt.Either e) {
        for (Stmt.Branch branch : e.branches()) {
          add(points, path, "either-when", branch.guard(), null);
          stmts(points, path, branch.body());
        }
      } else if (stmt instanceof Stmt.If i) {
        stmts(points, path, i.then());
        stmts(points, path, i.otherwise());
      } else if (stmt instanceof Stmt.For f) {
        stmts(points, path, f.body());
      } else if (stmt instanceof Stmt.Choose c) {
        stmts(points, path, c.body());
      } else if (stmt instanceof Stmt.Block b) {
        stmts(points, path, b.body());
      } else if (stmt instanceof Stmt.While w) {
        stmts(points, path, w.body());
      } else if (stmt instanceof Stmt.Atomic a) {
        stmts(points, path, a.body());
      }
    }
  }

  /** Adds a point for {@code condition} unless it is absent or already the literal {@code true}. */
  private static void add(List<Point> points, String path, String kind, Expr condition, String property) {
    if (condition == null || (condition instanceof Expr.BoolLit b && b.value())) {
      return;
    }
    points.add(new Point(path, condition.span().line(), kind, condition.span().start(), condition.span().end(), property));
  }
}
