package dev.rundown.check;

import dev.rundown.check.CheckedModel.PropertyDef;
import dev.rundown.check.CheckedModel.PropertyKind;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invariant, at-end and assert properties in order of first appearance. Asserts sharing a name merge, with
 * the union of their rules; an assert may not reuse another property's name (RD202). Mutable; not thread-safe.
 */
final class PropertyTable {
  private static final class Entry {
    final PropertyKind kind;
    final TypedExpr formula;
    final Set<String> rules = new LinkedHashSet<>();
    final Span span;

    Entry(PropertyKind kind, TypedExpr formula, Span span) {
      this.kind = kind;
      this.formula = formula;
      this.span = span;
    }
  }

  private final Declarations decls;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  PropertyTable(Declarations decls) {
    this.decls = decls;
  }

  /** An invariant or at-end property (duplicates were reported when names were collected). */
  void declare(PropertyKind kind, Ident name, TypedExpr formula, List<String> rules, Span span) {
    if (!entries.containsKey(name.name())) {
      Entry e = new Entry(kind, formula, span);
      e.rules.addAll(rules);
      entries.put(name.name(), e);
    }
  }

  /** One {@code assert … as name}: its line's rules, then the rules of the body around it. */
  void assertion(Ident name, List<String> lineRules, List<String> aroundRules, Span span) {
    String n = name.name();
    if (decls.declaredProperties.containsKey(n) || n.equals(Declarations.WELL_DEFINED) || n.equals(decls.doneName())) {
      decls.diags.error(DiagnosticCode.RD202, name.span(), "'" + n + "' already names another property");
      return;
    }
    Entry e = entries.computeIfAbsent(n, x -> new Entry(PropertyKind.ASSERT, null, span));
    e.rules.addAll(lineRules);
    e.rules.addAll(aroundRules);
  }

  /** Whether an {@code expect} may name this property. */
  boolean known(String name) {
    return entries.containsKey(name) || name.equals(Declarations.WELL_DEFINED) || name.equals(decls.doneName());
  }

  List<PropertyDef> defs() {
    List<PropertyDef> out = new ArrayList<>();
    entries.forEach((name, e) -> out.add(new PropertyDef(name, e.kind, e.formula, List.copyOf(e.rules), e.span)));
    return out;
  }
}
