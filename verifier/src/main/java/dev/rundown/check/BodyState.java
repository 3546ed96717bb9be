package dev.rundown.check;

import dev.rundown.check.CheckedModel.LocalDef;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the checker learns about one body while checking it: its locals, its API call sites and whether it
 * has a statement that makes an API multi-step. Mutable while its body is checked. Not thread-safe.
 */
final class BodyState {
  /** A call of an API operation; {@code atomic} when made from an action or inside {@code atomic}. */
  record CallSite(String caller, String callee, Span span, boolean atomic) {}

  final Declarations.ProcKind kind;
  final String name;
  final List<ValueType> returns;
  final List<String> rulesAround;
  final Set<String> localNames = new LinkedHashSet<>();
  final List<LocalDef> locals = new ArrayList<>();
  final List<CallSite> apiCalls = new ArrayList<>();
  /** An await, a while or a callback call. */
  boolean blocks;

  BodyState(Declarations.ProcKind kind, String name, List<ValueType> returns, List<String> rulesAround) {
    this.kind = kind;
    this.name = name;
    this.returns = List.copyOf(returns);
    this.rulesAround = List.copyOf(rulesAround);
  }
}
