package dev.rundown.ir;

import dev.rundown.source.Span;
import java.util.List;

/**
 * A state variable: a finite map from index tuples (over {@code index} types) to values of {@code type}.
 * Immutable. {@code init} is a constant; {@code owner} is the kind (FIELD) or routine/callback (PC, LOCAL, RESULT).
 * Display: FIELD {@code Handle1.state}, GLOBAL {@code inflight}, others {@code Owner(Arg1,…).name}.
 */
public record StateVar(String name, String owner, VarRole role, List<Type> index, Type type, Expr init, Span span) {
  public StateVar {
    index = List.copyOf(index);
  }
}
