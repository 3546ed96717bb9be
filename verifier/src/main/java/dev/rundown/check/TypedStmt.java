package dev.rundown.check;

import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Stmt.AssignOp;
import java.util.List;

/**
 * Resolved, typed statements: the checker's output for action, routine, API and callback bodies.
 * Immutable records. Blocks are flattened into their enclosing list; placement rules have been checked.
 */
public sealed interface TypedStmt {
  Span span();

  /** {@code target op value}; the target is a {@link TypedExpr.Global}, a local {@link TypedExpr.Var} or a {@link TypedExpr.Field}. */
  record Assign(TypedExpr target, AssignOp op, TypedExpr value, Span span) implements TypedStmt {}

  record If(TypedExpr condition, List<TypedStmt> then, List<TypedStmt> otherwise, Span span) implements TypedStmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code for variable in domain [where where] { body }}; {@code where} is null when absent. */
  record For(String variable, ValueType domain, TypedExpr where, List<TypedStmt> body, Span span) implements TypedStmt {
    public For {
      body = List.copyOf(body);
    }
  }

  record Either(List<Branch> branches, Span span) implements TypedStmt {
    public Either {
      branches = List.copyOf(branches);
    }
  }

  /** A branch of {@code either}; {@code guard} is null when absent. */
  record Branch(TypedExpr guard, List<TypedStmt> body, Span span) {
    public Branch {
      body = List.copyOf(body);
    }
  }

  /** {@code choose variable: domain [where where] { body }}; {@code where} is null when absent. */
  record Choose(String variable, ValueType domain, TypedExpr where, List<TypedStmt> body, Span span)
      implements TypedStmt {
    public Choose {
      body = List.copyOf(body);
    }
  }

  /** {@code assert condition as property}; the property's rules are in {@link CheckedModel#properties()}. */
  record Assert(TypedExpr condition, String property, Span span) implements TypedStmt {}

  record Skip(Span span) implements TypedStmt {}

  /** {@code local name: type [= init]}; {@code init} is null when absent. */
  record Local(String name, ValueType type, TypedExpr init, Span span) implements TypedStmt {}

  record Await(TypedExpr condition, Span span) implements TypedStmt {}

  /** {@code [targets :=] call operation(args)}; {@code callback} tells an API operation from a callback. */
  record Call(List<TypedExpr> targets, String operation, boolean callback, List<TypedExpr> args, Span span)
      implements TypedStmt {
    public Call {
      targets = List.copyOf(targets);
      args = List.copyOf(args);
    }
  }

  record Return(List<TypedExpr> values, Span span) implements TypedStmt {
    public Return {
      values = List.copyOf(values);
    }
  }

  record While(TypedExpr condition, List<TypedStmt> body, Span span) implements TypedStmt {
    public While {
      body = List.copyOf(body);
    }
  }

  record Atomic(List<TypedStmt> body, Span span) implements TypedStmt {
    public Atomic {
      body = List.copyOf(body);
    }
  }
}
