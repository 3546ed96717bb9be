package dev.rundown.syntax.ast;

import dev.rundown.source.Span;
import java.util.List;

/**
 * Top-level declarations of a {@code .rundown} file. Immutable sealed records with spans.
 * A parsed file is a {@link ModelFile}; includes are resolved later by the pipeline.
 */
public sealed interface Decl {
  Span span();

  record Include(String path, Span span) implements Decl {}

  record Actors(List<Ident> names, Span span) implements Decl {
    public Actors {
      names = List.copyOf(names);
    }
  }

  record EnumDecl(Ident name, List<Ident> values, Span span) implements Decl {
    public EnumDecl {
      values = List.copyOf(values);
    }
  }

  /** {@code [symmetric] kind Name[bound] { fields }}; {@code defaultBound} is null when not written. */
  record KindDecl(Ident name, boolean symmetric, Integer defaultBound, List<FieldDecl> fields, Span span)
      implements Decl {
    public KindDecl {
      fields = List.copyOf(fields);
    }
  }

  /** A kind's field or a global: {@code name: Type [= init]}; {@code init} is null when absent. */
  record FieldDecl(Ident name, TypeRef type, Expr init, Span span) {}

  record Global(FieldDecl field, Span span) implements Decl {}

  record Bound(Ident kind, int value, Span span) implements Decl {}

  /** {@code action actor Name(params) [rule …] [when guard] [do] body}; {@code guard} is null when absent. */
  record Action(Ident actor, Ident name, List<Param> params, List<RuleRef> rules, Expr guard, List<Stmt> body, Span span)
      implements Decl {
    public Action {
      params = List.copyOf(params);
      rules = List.copyOf(rules);
      body = List.copyOf(body);
    }
  }

  record Routine(Ident actor, Ident name, List<Param> params, List<RuleRef> rules, List<Stmt> body, Span span)
      implements Decl {
    public Routine {
      params = List.copyOf(params);
      rules = List.copyOf(rules);
      body = List.copyOf(body);
    }
  }

  /** {@code api Name(params) [returns T, …] [rule …] [when guard] body}; {@code guard} is null when absent. */
  record Api(Ident name, List<Param> params, List<TypeRef> returns, List<RuleRef> rules, Expr guard, List<Stmt> body, Span span)
      implements Decl {
    public Api {
      params = List.copyOf(params);
      returns = List.copyOf(returns);
      rules = List.copyOf(rules);
      body = List.copyOf(body);
    }
  }

  /** {@code callback actor Name(params) [returns …] [rule …] [{ default body }]}; {@code defaultBody} is null when absent. */
  record Callback(Ident actor, Ident name, List<Param> params, List<TypeRef> returns, List<RuleRef> rules, List<Stmt> defaultBody, Span span)
      implements Decl {
    public Callback {
      params = List.copyOf(params);
      returns = List.copyOf(returns);
      rules = List.copyOf(rules);
      defaultBody = defaultBody == null ? null : List.copyOf(defaultBody);
    }
  }

  /** {@code on Name(p1, p2) [rule …] { body }}: a design's body for a declared callback. */
  record Handler(Ident callback, List<Ident> params, List<RuleRef> rules, List<Stmt> body, Span span) implements Decl {
    public Handler {
      params = List.copyOf(params);
      rules = List.copyOf(rules);
      body = List.copyOf(body);
    }
  }

  record Invariant(Ident name, Expr condition, List<RuleRef> rules, Span span) implements Decl {
    public Invariant {
      rules = List.copyOf(rules);
    }
  }

  record AtEnd(Ident name, Expr condition, List<RuleRef> rules, Span span) implements Decl {
    public AtEnd {
      rules = List.copyOf(rules);
    }
  }

  /** {@code done [Name:] condition [rule …]}; {@code name} is null when not written (then "NoHang"). */
  record Done(Ident name, Expr condition, List<RuleRef> rules, Span span) implements Decl {
    public Done {
      rules = List.copyOf(rules);
    }
  }

  record Expect(Ident property, boolean holds, Span span) implements Decl {}

  /** {@code fixed by "path"}: the design (path relative to this file) that fixes this buggy one. */
  record FixedBy(String path, Span span) implements Decl {}
}
