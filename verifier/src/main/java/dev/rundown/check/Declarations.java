package dev.rundown.check;

import dev.rundown.check.CheckedModel.EnumDef;
import dev.rundown.check.CheckedModel.KindDef;
import dev.rundown.check.CheckedModel.ParamDef;
import dev.rundown.check.CheckedModel.VarDef;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.Param;
import dev.rundown.syntax.ast.RuleRef;
import dev.rundown.syntax.ast.TypeRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table of one model: actors, types, fields, globals, procedure signatures, handlers and property
 * names, collected from the spliced declarations with their duplicate, type and rule-id diagnostics.
 * Mutable while {@link #collect} runs, then only read. Not thread-safe.
 */
final class Declarations {
  /** What a named procedure is; actions, routines, APIs and callbacks share one namespace. */
  enum ProcKind {
    ACTION,
    ROUTINE,
    API,
    CALLBACK
  }

  /** A procedure's resolved signature. */
  record Signature(
      ProcKind kind,
      Decl decl,
      String actor,
      Ident name,
      List<Ident> paramNames,
      List<ParamDef> params,
      List<ValueType> returns,
      List<String> rules) {}

  record KindInfo(Decl.KindDecl decl, Map<String, VarDef> fields) {}

  static final String WELL_DEFINED = "WellDefined";
  static final String DEFAULT_DONE = "NoHang";

  final Diagnostics diags;
  private final RuleCatalog catalog;
  final Map<String, Ident> actors = new LinkedHashMap<>();
  final Map<String, EnumDef> enums = new LinkedHashMap<>();
  final Map<String, List<ValueType.EnumType>> enumsByValue = new LinkedHashMap<>();
  final Map<String, KindInfo> kinds = new LinkedHashMap<>();
  final Map<String, VarDef> globals = new LinkedHashMap<>();
  final Map<String, Signature> procedures = new LinkedHashMap<>();
  /** Every procedure declaration's signature, duplicates included (identity lookup only, never iterated). */
  final Map<Decl, Signature> signatureOf = new IdentityHashMap<>();
  final Map<String, Decl.Handler> handlers = new LinkedHashMap<>();
  private final Map<String, Integer> boundOverrides = new LinkedHashMap<>();
  /** Names of invariants, at-end properties and the done property, with their declarations' names. */
  final Map<String, Ident> declaredProperties = new LinkedHashMap<>();
  Decl.Done done;

  private Declarations(Diagnostics diags, RuleCatalog catalog) {
    this.diags = diags;
    this.catalog = catalog;
  }

  static Declarations collect(List<Decl> decls, Diagnostics diags, RuleCatalog catalog) {
    Declarations d = new Declarations(diags, catalog);
    d.collectTypes(decls);
    d.collectActorsAndBounds(decls);
    d.collectVariables(decls);
    d.collectProcedures(decls);
    d.collectHandlers(decls);
    d.collectPropertyNames(decls);
    return d;
  }

  String doneName() {
    return done == null || done.name() == null ? DEFAULT_DONE : done.name().name();
  }

  /** The kinds with their effective bounds, in declaration order. */
  List<KindDef> kindDefs() {
    List<KindDef> out = new ArrayList<>();
    for (KindInfo k : kinds.values()) {
      Decl.KindDecl decl = k.decl();
      int bound = boundOverrides.getOrDefault(decl.name().name(), decl.defaultBound() == null ? 2 : decl.defaultBound());
      out.add(new KindDef(decl.name().name(), bound, decl.symmetric(), List.copyOf(k.fields().values()), decl.span()));
    }
    return out;
  }

  private void duplicate(Ident name, String what) {
    diags.error(DiagnosticCode.RD202, name.span(), "duplicate " + what + " '" + name.name() + "'");
  }

  private void collectTypes(List<Decl> decls) {
    Set<String> typeNames = new LinkedHashSet<>();
    for (Decl decl : decls) {
      if (decl instanceof Decl.EnumDecl e) {
        if (!typeNames.add(e.name().name())) {
          duplicate(e.name(), "type");
          continue;
        }
        Set<String> values = new LinkedHashSet<>();
        for (Ident v : e.values()) {
          if (!values.add(v.name())) {
            duplicate(v, "enum value");
          }
        }
        EnumDef def = new EnumDef(e.name().name(), List.copyOf(values), e.span());
        enums.put(def.name(), def);
        for (String v : values) {
          enumsByValue.computeIfAbsent(v, x -> new ArrayList<>()).add(def.type());
        }
      } else if (decl instanceof Decl.KindDecl k) {
        if (!typeNames.add(k.name().name())) {
          duplicate(k.name(), "type");
          continue;
        }
        if (k.defaultBound() != null && k.defaultBound() < 1) {
          diags.error(DiagnosticCode.RD302, k.span(), "the bound of kind '" + k.name() + "' must be positive");
        }
        kinds.put(k.name().name(), new KindInfo(k, new LinkedHashMap<>()));
      }
    }
  }

  private void collectActorsAndBounds(List<Decl> decls) {
    for (Decl decl : decls) {
      if (decl instanceof Decl.Actors a) {
        for (Ident name : a.names()) {
          Ident earlier = actors.putIfAbsent(name.name(), name);
          // Rule models composed by one design each name the actors they use: an actor declared again in
          // another file is the same actor. Twice in one file is a slip.
          if (earlier != null && earlier.span().file().equals(name.span().file())) {
            duplicate(name, "actor");
          }
        }
      } else if (decl instanceof Decl.Bound b) {
        String kind = b.kind().name();
        if (!kinds.containsKey(kind)) {
          if (enums.containsKey(kind)) {
            diags.error(DiagnosticCode.RD221, b.kind().span(), "'" + kind + "' is an enum, not a kind");
          } else {
            diags.error(DiagnosticCode.RD301, b.kind().span(), "unknown kind '" + kind + "'");
          }
        } else if (b.value() < 1) {
          diags.error(DiagnosticCode.RD302, b.span(), "the bound of kind '" + kind + "' must be positive");
        } else if (boundOverrides.putIfAbsent(kind, b.value()) != null) {
          duplicate(b.kind(), "bound for kind");
        }
      }
    }
  }

  private void collectVariables(List<Decl> decls) {
    List<Runnable> inits = new ArrayList<>();
    for (Decl decl : decls) {
      if (decl instanceof Decl.KindDecl k && kinds.containsKey(k.name().name()) && kinds.get(k.name().name()).decl() == k) {
        k.fields().forEach(f -> addVariable(kinds.get(k.name().name()).fields(), f, "field", inits));
      } else if (decl instanceof Decl.Global g) {
        addVariable(globals, g.field(), "global", inits);
      }
    }
    // Initial values are checked once every global is known, so naming one is "not constant", not "unknown".
    inits.forEach(Runnable::run);
  }

  /** Adds a field or global at its default value; {@code inits} will check and store its written initial value. */
  private void addVariable(Map<String, VarDef> into, Decl.FieldDecl f, String what, List<Runnable> inits) {
    String name = f.name().name();
    if (into.containsKey(name)) {
      duplicate(f.name(), what);
      return;
    }
    ValueType type = storedType(f);
    into.put(name, new VarDef(name, type, defaultValue(type, f.span()), f.span()));
    inits.add(() -> into.put(name, new VarDef(name, type, initial(f, type), f.span())));
  }

  /** The type of a field or global; a reference must be optional (RD212). */
  private ValueType storedType(Decl.FieldDecl f) {
    ValueType type = resolve(f.type());
    if (type instanceof ValueType.KindType k && !k.optional()) {
      diags.error(DiagnosticCode.RD212, f.type().span(), "a reference field must be optional: write '" + k.kind() + "?'");
    }
    return type;
  }

  private TypedExpr.Const initial(Decl.FieldDecl f, ValueType type) {
    if (f.init() == null || type.isError()) {
      return defaultValue(type, f.span());
    }
    TypedExpr value = new ExprChecker(this).check(f.init(), type, Scope.root());
    if (value.type().isError()) {
      return defaultValue(type, f.span());
    }
    if (!(value instanceof TypedExpr.Const c)) {
      diags.error(DiagnosticCode.RD215, f.init().span(), "the initial value of '" + f.name() + "' must be a constant");
      return defaultValue(type, f.span());
    }
    boolean ok = ValueType.assignable(type, c.type());
    if (ok && type instanceof ValueType.RangeType r) {
      ok = c.value() >= r.lo() && c.value() <= r.hi();
    }
    if (ok && type instanceof ValueType.KindType) {
      ok = c.value() == -1;
    }
    if (!ok) {
      diags.error(DiagnosticCode.RD215, f.init().span(), "'" + f.name() + "' of type " + type + " cannot start at this value");
      return defaultValue(type, f.span());
    }
    return new TypedExpr.Const(type, c.value(), f.init().span());
  }

  /** false, lo, the first enum value, or none. */
  static TypedExpr.Const defaultValue(ValueType type, Span span) {
    int v = 0;
    if (type instanceof ValueType.RangeType r) {
      v = r.lo();
    } else if (type instanceof ValueType.KindType k && k.optional()) {
      v = -1;
    }
    return new TypedExpr.Const(type, v, span);
  }

  private void collectProcedures(List<Decl> decls) {
    for (Decl decl : decls) {
      if (decl instanceof Decl.Action a) {
        addProcedure(ProcKind.ACTION, decl, a.actor(), a.name(), a.params(), List.of(), a.rules());
      } else if (decl instanceof Decl.Routine r) {
        addProcedure(ProcKind.ROUTINE, decl, r.actor(), r.name(), r.params(), List.of(), r.rules());
      } else if (decl instanceof Decl.Api a) {
        addProcedure(ProcKind.API, decl, null, a.name(), a.params(), a.returns(), a.rules());
      } else if (decl instanceof Decl.Callback c) {
        addProcedure(ProcKind.CALLBACK, decl, c.actor(), c.name(), c.params(), c.returns(), c.rules());
      }
    }
  }

  private void addProcedure(
      ProcKind kind, Decl decl, Ident actor, Ident name, List<Param> params, List<TypeRef> returns, List<RuleRef> rules) {
    if (actor != null && !actors.containsKey(actor.name())) {
      diags.error(DiagnosticCode.RD205, actor.span(), "unknown actor '" + actor.name() + "'");
    }
    List<ParamDef> ps = new ArrayList<>();
    for (Param p : params) {
      ValueType type = kind == ProcKind.API ? resolve(p.type()) : resolveDomain(p.type());
      ps.add(new ParamDef(p.name().name(), type, p.span()));
    }
    if (kinds.containsKey(name.name()) || enums.containsKey(name.name())) {
      diags.error(DiagnosticCode.RD202, name.span(), "'" + name + "' already names a type");
    }
    List<ValueType> rs = returns.stream().map(this::resolve).toList();
    List<Ident> names = params.stream().map(Param::name).toList();
    Signature sig = new Signature(kind, decl, actor == null ? "" : actor.name(), name, names, ps, rs, ruleIds(rules));
    signatureOf.put(decl, sig);
    if (procedures.putIfAbsent(name.name(), sig) != null) {
      duplicate(name, "action, routine, operation or callback");
    }
  }

  private void collectHandlers(List<Decl> decls) {
    for (Decl decl : decls) {
      if (decl instanceof Decl.Handler h) {
        Signature sig = procedures.get(h.callback().name());
        if (sig == null || sig.kind() != ProcKind.CALLBACK) {
          diags.error(DiagnosticCode.RD218, h.callback().span(), "'" + h.callback() + "' is not a declared callback");
        } else if (handlers.putIfAbsent(h.callback().name(), h) != null) {
          diags.error(DiagnosticCode.RD217, h.callback().span(), "a second body for callback '" + h.callback() + "'");
        } else if (h.params().size() != sig.params().size()) {
          diags.error(DiagnosticCode.RD207, h.span(), "callback '" + h.callback() + "' has " + sig.params().size() + " parameters");
        }
      }
    }
    for (Signature sig : procedures.values()) {
      if (sig.kind() == ProcKind.CALLBACK
          && ((Decl.Callback) sig.decl()).defaultBody() == null
          && !handlers.containsKey(sig.name().name())) {
        diags.error(DiagnosticCode.RD208, sig.name().span(), "callback '" + sig.name() + "' has neither an 'on' body nor a default body");
      }
    }
  }

  private void collectPropertyNames(List<Decl> decls) {
    for (Decl decl : decls) {
      if (decl instanceof Decl.Done d) {
        if (done != null) {
          diags.error(DiagnosticCode.RD202, d.span(), "a second 'done' declaration");
        } else {
          done = d;
        }
      }
    }
    Set<String> reserved = Set.of(WELL_DEFINED, doneName());
    for (Decl decl : decls) {
      Ident name = null;
      if (decl instanceof Decl.Invariant i) {
        name = i.name();
      } else if (decl instanceof Decl.AtEnd a) {
        name = a.name();
      } else if (decl instanceof Decl.Done d && d == done && d.name() != null) {
        if (d.name().name().equals(WELL_DEFINED)) {
          duplicate(d.name(), "property");
        }
        continue;
      }
      if (name != null) {
        if (reserved.contains(name.name()) || declaredProperties.putIfAbsent(name.name(), name) != null) {
          duplicate(name, "property");
        }
      }
    }
  }

  /** The ids of a rule list, deduplicated; unknown ids are reported (RD206). */
  List<String> ruleIds(List<RuleRef> rules) {
    Set<String> ids = new LinkedHashSet<>();
    for (RuleRef r : rules) {
      if (!catalog.contains(r.id())) {
        diags.error(DiagnosticCode.RD206, r.span(), "unknown rule id '" + r.id() + "'");
      }
      ids.add(r.id());
    }
    return List.copyOf(ids);
  }

  /** A type as written; unknown names (RD201), inverted ranges (RD211), optional non-kinds (RD221) are errors. */
  ValueType resolve(TypeRef t) {
    if (t instanceof TypeRef.Bool) {
      return ValueType.BOOL;
    }
    if (t instanceof TypeRef.Range r) {
      if (r.lo() > r.hi() || r.lo() < Integer.MIN_VALUE / 2 || r.hi() > Integer.MAX_VALUE / 2) {
        diags.error(DiagnosticCode.RD211, r.span(), "empty or inverted range " + r.lo() + ".." + r.hi());
        return ValueType.ERROR;
      }
      return new ValueType.RangeType((int) r.lo(), (int) r.hi());
    }
    TypeRef.Named n = (TypeRef.Named) t;
    if (kinds.containsKey(n.name())) {
      return new ValueType.KindType(n.name(), n.optional());
    }
    if (enums.containsKey(n.name())) {
      if (n.optional()) {
        diags.error(DiagnosticCode.RD221, n.span(), "only a kind can be optional; '" + n.name() + "' is an enum");
        return ValueType.ERROR;
      }
      return enums.get(n.name()).type();
    }
    diags.error(DiagnosticCode.RD201, n.span(), "unknown type '" + n.name() + "'");
    return ValueType.ERROR;
  }

  /** A type whose values can be enumerated as parameters or bound variables: not an optional reference. */
  ValueType resolveDomain(TypeRef t) {
    ValueType type = resolve(t);
    if (type instanceof ValueType.KindType k && k.optional()) {
      diags.error(DiagnosticCode.RD221, t.span(), "a domain must be a kind, enum, bool or range, not '" + k + "'");
      return ValueType.ERROR;
    }
    return type;
  }
}
