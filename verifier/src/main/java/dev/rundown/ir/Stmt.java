package dev.rundown.ir;

import dev.rundown.source.Span;
import java.util.List;

/**
 * The statements of an atomic action body. Immutable sealed records.
 * Semantics (defined by {@code semantics}): statements run in order on one state; {@link Either} and
 * {@link Choose} fork it; a fork with no enabled alternative disables the whole action for that binding.
 */
public sealed interface Stmt {
  Span span();

  /** {@code vars[var][index] := value}; the value must lie in the variable's type, else WellDefined fails. */
  record Assign(int var, List<Expr> index, Expr value, Span span) implements Stmt {
    public Assign {
      index = List.copyOf(index);
    }
  }

  record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Span span) implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** Runs {@code body} with {@code slot} bound to each value of {@code domain}, in encoding order. */
  record For(int slot, String name, Type domain, List<Stmt> body, Span span) implements Stmt {
    public For {
      body = List.copyOf(body);
    }
  }

  /** Forks into each branch whose guard holds (a null guard is true). */
  record Either(List<Branch> branches, Span span) implements Stmt {
    public Either {
      branches = List.copyOf(branches);
    }
  }

  record Branch(Expr guard, List<Stmt> body, Span span) {
    public Branch {
      body = List.copyOf(body);
    }
  }

  /** Forks into one run of {@code body} per value of {@code domain} for which {@code where} holds (null = true). */
  record Choose(int slot, String name, Type domain, Expr where, List<Stmt> body, Span span) implements Stmt {
    public Choose {
      body = List.copyOf(body);
    }
  }

  /** Binds {@code slot} to the value of {@code value} (evaluated once, here) while {@code body} runs. */
  record Let(int slot, String name, Expr value, List<Stmt> body, Span span) implements Stmt {
    public Let {
      body = List.copyOf(body);
    }
  }

  /** If {@code condition} is false, the step violates {@code model.properties().get(property)}; the step still happens. */
  record Assert(Expr condition, int property, Span span) implements Stmt {}
}
