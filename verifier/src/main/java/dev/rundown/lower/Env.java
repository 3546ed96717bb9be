package dev.rundown.lower;

import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Expr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each variable name of a body stands for in the IR: a slot ({@link Expr.Bound}), a state variable
 * ({@link Expr.Read} of a local) or an argument expression inlined into an operation's body.
 * Immutable; {@link #with} returns an extended copy.
 */
final class Env {
  private final ImmutableMap<String, Expr> bindings;

  private Env(ImmutableMap<String, Expr> bindings) {
    this.bindings = bindings;
  }

  static Env empty() {
    return new Env(ImmutableMap.of());
  }

  Env with(String name, Expr value) {
    Map<String, Expr> m = new LinkedHashMap<>(bindings);
    m.put(name, value);
    return new Env(ImmutableMap.copyOf(m));
  }

  Expr lookup(String name) {
    Expr e = bindings.get(name);
    if (e == null) {
      throw new IllegalStateException("unbound variable " + name);
    }
    return e;
  }
}
