package dev.rundown.ir;

import dev.rundown.source.Span;
import java.util.List;

/**
 * One guarded atomic step: for every binding of {@code params} where {@code guard} holds, {@code body} runs.
 * Immutable. {@code slots} is the environment size (params first, then bound variables of the body).
 * A routine step's name is {@code Routine.k} (k-th step in source order), its params the routine's params.
 */
public record Action(
    String name,
    String actor,
    List<Param> params,
    Expr guard,
    List<Stmt> body,
    int slots,
    List<String> rules,
    Origin origin,
    Span span) {
  public Action {
    params = List.copyOf(params);
    body = List.copyOf(body);
    rules = List.copyOf(rules);
  }
}
