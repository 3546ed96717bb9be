package dev.rundown.syntax.ast;

import dev.rundown.source.Span;
import java.util.List;

/**
 * Statements as written, in actions, routines, callbacks and API operations. Immutable sealed records.
 * Which statements are allowed where is decided by the checker, not the parser.
 */
public sealed interface Stmt {
  Span span();

  /** {@code target := value}, {@code +=}, {@code -=}. The target is a {@link Expr.Name} or {@link Expr.Field}. */
  record Assign(Expr target, AssignOp op, Expr value, Span span) implements Stmt {}

  record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Span span) implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code for x in K [where c] { body }}; {@code where} is null when absent. */
  record For(Ident variable, TypeRef domain, Expr where, List<Stmt> body, Span span) implements Stmt {
    public For {
      body = List.copyOf(body);
    }
  }

  record Either(List<Branch> branches, Span span) implements Stmt {
    public Either {
      branches = List.copyOf(branches);
    }
  }

  /** One branch of {@code either}; {@code guard} is null when the branch has no {@code when}. */
  record Branch(Expr guard, List<Stmt> body, Span span) {
    public Branch {
      body = List.copyOf(body);
    }
  }

  /** {@code choose x: K [where c] { body }}; {@code where} is null when absent. */
  record Choose(Ident variable, TypeRef domain, Expr where, List<Stmt> body, Span span) implements Stmt {
    public Choose {
      body = List.copyOf(body);
    }
  }

  record Assert(Expr condition, Ident property, List<RuleRef> rules, Span span) implements Stmt {
    public Assert {
      rules = List.copyOf(rules);
    }
  }

  record Skip(Span span) implements Stmt {}

  record Block(List<Stmt> body, Span span) implements Stmt {
    public Block {
      body = List.copyOf(body);
    }
  }

  /** {@code local x: T [= init]}; {@code init} is null when absent. */
  record Local(Ident name, TypeRef type, Expr init, Span span) implements Stmt {}

  record Await(Expr condition, Span span) implements Stmt {}

  /** {@code [t1, t2 :=] call Op(args)}; {@code targets} is empty for a bare call. */
  record Call(List<Expr> targets, Ident operation, List<Expr> args, Span span) implements Stmt {
    public Call {
      targets = List.copyOf(targets);
      args = List.copyOf(args);
    }
  }

  /** {@code return [e1, e2]}. */
  record Return(List<Expr> values, Span span) implements Stmt {
    public Return {
      values = List.copyOf(values);
    }
  }

  record While(Expr condition, List<Stmt> body, Span span) implements Stmt {
    public While {
      body = List.copyOf(body);
    }
  }

  record Atomic(List<Stmt> body, Span span) implements Stmt {
    public Atomic {
      body = List.copyOf(body);
    }
  }

  enum AssignOp {
    SET,
    ADD,
    SUB
  }
}
