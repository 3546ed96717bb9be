package dev.rundown.alloy;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import java.util.List;
import java.util.function.Consumer;

/** Visits every type mentioned by a model's expressions and statements (constants, domains, bound variables). */
final class TypeWalker {
  private final Consumer<Type> visitor;

  TypeWalker(Consumer<Type> visitor) {
    this.visitor = visitor;
  }

  void model(Model model) {
    for (Action a : model.actions()) {
      if (a.guard() != null) {
        expr(a.guard());
      }
      stmts(a.body());
    }
    for (Property p : model.properties()) {
      if (p.formula() != null) {
        expr(p.formula());
      }
    }
    model.vars().forEach(v -> {
      if (v.init() != null) {
        expr(v.init());
      }
    });
  }

  private void stmts(List<Stmt> stmts) {
    stmts.forEach(this::stmt);
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.Assign a) {
      a.index().forEach(this::expr);
      expr(a.value());
    } else if (s instanceof Stmt.If i) {
      expr(i.condition());
      stmts(i.then());
      stmts(i.otherwise());
    } else if (s instanceof Stmt.For f) {
      visitor.accept(f.domain());
      stmts(f.body());
    } else if (s instanceof Stmt.Either e) {
      for (Stmt.Branch b : e.branches()) {
        if (b.guard() != null) {
          expr(b.guard());
        }
        stmts(b.body());
      }
    } else if (s instanceof Stmt.Choose c) {
      visitor.accept(c.domain());
      if (c.where() != null) {
        expr(c.where());
      }
      stmts(c.body());
    } else if (s instanceof Stmt.Let l) {
      expr(l.value());
      stmts(l.body());
    } else if (s instanceof Stmt.Assert a) {
      expr(a.condition());
    } else {
      throw new IllegalArgumentException("unknown statement " + s);
    }
  }

  private void expr(Expr e) {
    visitor.accept(e.type());
    if (e instanceof Expr.Quantified q) {
      visitor.accept(q.domain());
    }
    e.children().forEach(this::expr);
  }
}
