package dev.rundown.check;

import dev.rundown.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A resolved, type-checked model ready for lowering: declarations of all files in textual-inclusion order,
 * with typed bodies and properties. Immutable; exists only for inputs without errors.
 * Invariant: every name in a body refers to a declaration of this model; bodies obey the placement rules.
 */
public record CheckedModel(
    String name,
    List<String> sources,
    List<String> actors,
    List<EnumDef> enums,
    List<KindDef> kinds,
    List<VarDef> globals,
    List<ActionDef> actions,
    List<ProcedureDef> routines,
    List<ProcedureDef> apis,
    List<ProcedureDef> callbacks,
    List<PropertyDef> properties,
    DoneDef done,
    List<ExpectDef> expectations,
    Span span) {
  public CheckedModel {
    sources = List.copyOf(sources);
    actors = List.copyOf(actors);
    enums = List.copyOf(enums);
    kinds = List.copyOf(kinds);
    globals = List.copyOf(globals);
    actions = List.copyOf(actions);
    routines = List.copyOf(routines);
    apis = List.copyOf(apis);
    callbacks = List.copyOf(callbacks);
    properties = List.copyOf(properties);
    expectations = List.copyOf(expectations);
  }

  public Optional<ProcedureDef> api(String name) {
    return apis.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public Optional<ProcedureDef> callback(String name) {
    return callbacks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public record EnumDef(String name, List<String> values, Span span) {
    public EnumDef {
      values = List.copyOf(values);
    }

    public ValueType.EnumType type() {
      return new ValueType.EnumType(name, values);
    }
  }

  /** A kind with its effective default bound ({@code kind K[n]}, else 2, overridden by {@code bound K = n}). */
  public record KindDef(String name, int bound, boolean symmetric, List<VarDef> fields, Span span) {
    public KindDef {
      fields = List.copyOf(fields);
    }
  }

  /** A field or global with its initial value (the written constant or the type's default). */
  public record VarDef(String name, ValueType type, TypedExpr.Const init, Span span) {}

  public record ParamDef(String name, ValueType type, Span span) {}

  public record LocalDef(String name, ValueType type, Span span) {}

  /** An action; {@code guard} is null when it has no {@code when}. */
  public record ActionDef(
      String actor, String name, List<ParamDef> params, List<String> rules, TypedExpr guard, List<TypedStmt> body, Span span) {
    public ActionDef {
      params = List.copyOf(params);
      rules = List.copyOf(rules);
      body = List.copyOf(body);
    }
  }

  /**
   * A routine, API operation or callback. {@code actor} is empty for an API; {@code guard} (APIs only) is null
   * when absent; {@code locals} lists every {@code local} of the body in order; {@code multiStep} is true for
   * routines and callbacks, and for an API whose body has an await, a while, a callback call or a call of a
   * multi-step API. A callback's params take the names of its {@code on} handler and its rules include the handler's.
   */
  public record ProcedureDef(
      ProcedureKind kind,
      String actor,
      String name,
      List<ParamDef> params,
      List<ValueType> returns,
      List<String> rules,
      TypedExpr guard,
      List<LocalDef> locals,
      List<TypedStmt> body,
      boolean multiStep,
      Span span) {
    public ProcedureDef {
      params = List.copyOf(params);
      returns = List.copyOf(returns);
      rules = List.copyOf(rules);
      locals = List.copyOf(locals);
      body = List.copyOf(body);
    }
  }

  public enum ProcedureKind {
    ROUTINE,
    API,
    CALLBACK
  }

  /**
   * An invariant, at-end or assert property, in order of first appearance. An ASSERT has no formula; its rules
   * are those of all its assert lines and of the action, routine, operation or callback around each.
   */
  public record PropertyDef(String name, PropertyKind kind, TypedExpr formula, List<String> rules, Span span) {
    public PropertyDef {
      rules = List.copyOf(rules);
    }
  }

  public enum PropertyKind {
    INVARIANT,
    ASSERT,
    AT_END
  }

  /** The termination condition; {@code condition} is null without a {@code done} declaration (name "NoHang"). */
  public record DoneDef(String name, TypedExpr condition, List<String> rules, Span span) {
    public DoneDef {
      rules = List.copyOf(rules);
    }
  }

  public record ExpectDef(String property, boolean holds, Span span) {}
}
