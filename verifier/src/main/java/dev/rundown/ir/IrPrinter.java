package dev.rundown.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Deterministic, readable text of a {@link Model}: kinds, state variables, actions with guards and bodies,
 * properties and expectations. Stateless; the same model always prints the same text (for tests and debugging).
 */
public final class IrPrinter {
  private final Model model;
  private final StringBuilder out = new StringBuilder();

  private IrPrinter(Model model) {
    this.model = model;
  }

  public static String print(Model model) {
    return new IrPrinter(model).model();
  }

  /** One expression of {@code model} as text. */
  public static String print(Model model, Expr e) {
    return new IrPrinter(model).expr(e);
  }

  private String model() {
    out.append("model ").append(model.name()).append('\n');
    for (Kind k : model.kinds()) {
      out.append(k.symmetric() ? "symmetric " : "").append("kind ").append(k.name()).append('[').append(k.defaultBound()).append("]\n");
    }
    for (int i = 0; i < model.vars().size(); i++) {
      StateVar v = model.vars().get(i);
      out.append("var ").append(i).append(' ').append(v.role()).append(' ').append(varName(i));
      if (!v.index().isEmpty()) {
        out.append(v.index().stream().map(Type::toString).collect(Collectors.joining(", ", "[", "]")));
      }
      out.append(": ").append(type(v.type())).append(" = ").append(v.init() == null ? "?" : expr(v.init())).append('\n');
    }
    out.append("actors ").append(String.join(", ", model.actors())).append('\n');
    for (Action a : model.actions()) {
      action(a);
    }
    for (int i = 0; i < model.properties().size(); i++) {
      Property p = model.properties().get(i);
      out.append("property ").append(i).append(' ').append(p.kind()).append(' ').append(p.name());
      out.append(" slots ").append(p.slots()).append(" rules ").append(p.rules());
      if (p.formula() != null) {
        out.append(": ").append(expr(p.formula()));
      }
      out.append('\n');
    }
    for (Expectation e : model.expectations()) {
      out.append("expect ").append(e.property()).append(e.holds() ? " holds" : " violated").append('\n');
    }
    return out.toString();
  }

  private void action(Action a) {
    out.append("action ").append(a.name());
    out.append(a.params().stream().map(p -> p.name() + ": " + p.type()).collect(Collectors.joining(", ", "(", ")")));
    out.append(" by ").append(a.actor()).append(" slots ").append(a.slots()).append(" rules ").append(a.rules());
    out.append(" origin ").append(a.origin().kind()).append(' ').append(a.origin().owner());
    if (!a.origin().label().isEmpty()) {
      out.append(" \"").append(a.origin().label()).append('"');
    }
    out.append("\n  when ").append(expr(a.guard())).append('\n');
    block(a.body(), "  ");
  }

  private void block(List<Stmt> body, String indent) {
    for (Stmt s : body) {
      stmt(s, indent);
    }
  }

  private void stmt(Stmt s, String indent) {
    out.append(indent);
    if (s instanceof Stmt.Assign a) {
      out.append(place(a.var(), a.index())).append(" := ").append(expr(a.value())).append('\n');
    } else if (s instanceof Stmt.If i) {
      out.append("if ").append(expr(i.condition())).append(" {\n");
      block(i.then(), indent + "  ");
      if (!i.otherwise().isEmpty()) {
        out.append(indent).append("} else {\n");
        block(i.otherwise(), indent + "  ");
      }
      out.append(indent).append("}\n");
    } else if (s instanceof Stmt.For f) {
      out.append("for ").append(f.name()).append('#').append(f.slot()).append(" in ").append(f.domain()).append(" {\n");
      block(f.body(), indent + "  ");
      out.append(indent).append("}\n");
    } else if (s instanceof Stmt.Either e) {
      out.append("either\n");
      for (Stmt.Branch b : e.branches()) {
        out.append(indent).append("  branch").append(b.guard() == null ? "" : " when " + expr(b.guard())).append(" {\n");
        block(b.body(), indent + "    ");
        out.append(indent).append("  }\n");
      }
    } else if (s instanceof Stmt.Choose c) {
      out.append("choose ").append(c.name()).append('#').append(c.slot()).append(": ").append(c.domain());
      out.append(c.where() == null ? "" : " where " + expr(c.where())).append(" {\n");
      block(c.body(), indent + "  ");
      out.append(indent).append("}\n");
    } else if (s instanceof Stmt.Let l) {
      out.append("let ").append(l.name()).append('#').append(l.slot()).append(" = ").append(expr(l.value())).append(" {\n");
      block(l.body(), indent + "  ");
      out.append(indent).append("}\n");
    } else if (s instanceof Stmt.Assert a) {
      String name = a.property() >= 0 && a.property() < model.properties().size()
          ? model.properties().get(a.property()).name()
          : "#" + a.property();
      out.append("assert ").append(expr(a.condition())).append(" as ").append(name).append('\n');
    } else {
      throw new IllegalStateException("unknown statement " + s);
    }
  }

  private String varName(int var) {
    if (var < 0 || var >= model.vars().size()) {
      return "?var" + var;
    }
    StateVar v = model.vars().get(var);
    return v.owner().isEmpty() ? v.name() : v.owner() + "." + v.name();
  }

  private String place(int var, List<Expr> index) {
    String idx = index.isEmpty() ? "" : index.stream().map(this::expr).collect(Collectors.joining(", ", "[", "]"));
    return varName(var) + idx;
  }

  private static String type(Type t) {
    if (t instanceof Type.EnumType e && e.name().endsWith(".pc")) {
      return e.name() + e.values();
    }
    return t.toString();
  }

  private String expr(Expr e) {
    if (e instanceof Expr.Const c) {
      return constant(c);
    }
    if (e instanceof Expr.Bound b) {
      return b.name() + "#" + b.slot();
    }
    if (e instanceof Expr.Read r) {
      return place(r.var(), r.index());
    }
    if (e instanceof Expr.Unary u) {
      return (u.op() == Expr.UnaryOp.NOT ? "not " : "-") + expr(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return "(" + expr(b.left()) + " " + operator(b.op()) + " " + expr(b.right()) + ")";
    }
    if (e instanceof Expr.In in) {
      return "(" + expr(in.element()) + " in " + in.set().stream().map(this::expr).collect(Collectors.joining(", ", "{", "}")) + ")";
    }
    if (e instanceof Expr.Quantified q) {
      return "(" + q.quantifier().name().toLowerCase(java.util.Locale.ROOT) + " " + q.name() + "#" + q.slot() + ": "
          + q.domain() + " | " + expr(q.body()) + ")";
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  private static String constant(Expr.Const c) {
    Type t = c.type();
    if (t instanceof Type.BoolType) {
      return c.value() == 1 ? "true" : c.value() == 0 ? "false" : "?bool" + c.value();
    }
    if (t instanceof Type.EnumType e) {
      return c.value() >= 0 && c.value() < e.values().size() ? e.values().get(c.value()) : "?" + e.name() + c.value();
    }
    if (t instanceof Type.KindType k) {
      return c.value() == -1 ? "none" : k.kind() + (c.value() + 1);
    }
    return Integer.toString(c.value());
  }

  private static String operator(Expr.BinaryOp op) {
    return switch (op) {
      case IMPLIES -> "implies";
      case OR -> "or";
      case AND -> "and";
      case EQ -> "==";
      case NE -> "!=";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case ADD -> "+";
      case SUB -> "-";
    };
  }
}
