package dev.rundown.lower;

import dev.rundown.check.CheckedModel.LocalDef;
import dev.rundown.check.CheckedModel.ParamDef;
import dev.rundown.check.CheckedModel.ProcedureDef;
import dev.rundown.check.CheckedModel.ProcedureKind;
import dev.rundown.check.TypedExpr;
import dev.rundown.check.TypedStmt;
import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Origin;
import dev.rundown.ir.Param;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Compiles a routine or callback, PlusCal-style, into one guarded IR action per step over its program counter.
 * Two phases: {@link #plan} numbers the steps in source order and creates the state variables; {@link #actions}
 * builds the IR once every procedure is planned (a call needs its callee's labels). Not thread-safe.
 */
final class ProcedureCompiler {
  /** A planned step: its number, label text, span, extra rules, and how to build its body later. */
  private record Plan(int number, String label, Span span, List<String> rules, Function<StepState, List<Stmt>> build) {}

  /** Where statements are compiled: the variable bindings, what return does, rules of inlined operations. */
  private record Where(Env env, Frame frame, List<String> rules) {
    Where with(Env e) {
      return new Where(e, frame, rules);
    }
  }

  private final LowerContext ctx;
  private final StepLowering steps;
  final ProcedureDef proc;
  private final boolean callback;
  final Owner owner;
  private final List<Param> params = new ArrayList<>();
  final int pcVar;
  private final List<Integer> results = new ArrayList<>();
  private final List<Plan> plans = new ArrayList<>();
  private final Label entry = new Label();
  private final Label exit = Label.exit();
  private Type.EnumType pcType;

  /** Creates the program counter, result and local variables of {@code proc}. */
  ProcedureCompiler(LowerContext ctx, ProcedureDef proc) {
    this.ctx = ctx;
    this.steps = new StepLowering(ctx);
    this.proc = proc;
    this.callback = proc.kind() == ProcedureKind.CALLBACK;
    List<Type> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < proc.params().size(); i++) {
      ParamDef p = proc.params().get(i);
      types.add(Types.of(p.type()));
      names.add(p.name());
      params.add(new Param(p.name(), types.get(i), i));
    }
    this.owner = Owner.procedure(proc.name(), names, types);
    Type.EnumType placeholder = new Type.EnumType(proc.name() + ".pc", List.of("?"));
    this.pcVar = ctx.vars.add(new StateVar("pc", proc.name(), VarRole.PC, types, placeholder, null, proc.span()));
    for (int j = 0; j < proc.returns().size(); j++) {
      Type t = Types.of(proc.returns().get(j));
      results.add(ctx.vars.add(new StateVar("result" + (j + 1), proc.name(), VarRole.RESULT, types, t, Types.defaultValue(t, proc.span()), proc.span())));
    }
    for (LocalDef l : proc.locals()) {
      Type t = Types.of(l.type());
      ctx.vars.add(new StateVar(l.name(), proc.name(), VarRole.LOCAL, types, t, Types.defaultValue(t, l.span()), l.span()));
    }
  }

  /** Phase 1: numbers the steps, creates hidden variables, fixes the program counter's labels. */
  void plan() {
    Env env = Env.empty();
    for (Param p : params) {
      env = env.with(p.name(), new Expr.Bound(p.slot(), p.name(), p.type(), proc.span()));
    }
    for (LocalDef l : proc.locals()) {
      int var = ctx.vars.index(proc.name(), l.name());
      env = env.with(l.name(), owner.read(var, ctx.vars.get(var).type(), l.span()));
    }
    Frame top = (values, st) -> {
      List<Stmt> out = new ArrayList<>();
      for (int j = 0; j < values.size(); j++) {
        out.add(new Stmt.Assign(results.get(j), owner.index(), values.get(j), values.get(j).span()));
      }
      out.addAll(jump(exit));
      return out;
    };
    seqInto(proc.body(), entry, exit, new Where(env, top, List.of()));
    List<String> labels = new ArrayList<>();
    if (callback) {
      labels.add("idle");
    }
    for (int k = 1; k <= plans.size(); k++) {
      labels.add("s" + k);
    }
    labels.add(callback ? "returned" : "done");
    pcType = new Type.EnumType(proc.name() + ".pc", labels);
    StateVar old = ctx.vars.get(pcVar);
    ctx.vars.replace(pcVar, new StateVar("pc", proc.name(), VarRole.PC, old.index(), pcType, new Expr.Const(pcType, 0, proc.span()), proc.span()));
  }

  /**
   * Phase 2: the IR actions {@code Name.1}, {@code Name.2}, … in step order, each jump resetting the locals that
   * are dead at its target ({@link DeadLocals}).
   */
  List<Action> actions() {
    List<Action> out = new ArrayList<>();
    int[] labels = new int[plans.size()];
    Origin.OriginKind kind = callback ? Origin.OriginKind.CALLBACK_STEP : Origin.OriginKind.ROUTINE_STEP;
    for (Plan p : plans) {
      StepState st = new StepState(params.size(), owner);
      List<Stmt> body = p.build().apply(st);
      Set<String> rules = new LinkedHashSet<>(proc.rules());
      rules.addAll(p.rules());
      rules.addAll(st.calledRules);
      out.add(new Action(
          proc.name() + "." + p.number(),
          proc.actor(),
          params,
          st.guard(pcAt(owner.index(), ordinal(p.number()), proc.span())),
          body,
          st.slots.total(),
          List.copyOf(rules),
          new Origin(kind, proc.name(), p.label()),
          p.span()));
      labels[out.size() - 1] = ordinal(p.number());
    }
    List<Integer> locals = new ArrayList<>();
    for (int var : ctx.vars.owned(proc.name())) {
      StateVar v = ctx.vars.get(var);
      if (v.role() == VarRole.LOCAL && v.index().size() == params.size()) {
        locals.add(var); // a for loop's marks (one more index) are all false once the loop ends
      }
    }
    return new DeadLocals(pcVar, params.size(), locals, v -> owner.reset(ctx.vars, v, proc.span())).apply(out, labels);
  }

  /** The ordinal of the initial label (idle for a callback). */
  int idle() {
    return 0;
  }

  /** The ordinal a call starts a callback at: its first step, or returned when it has none. */
  int start() {
    return ordinal(entry.resolve());
  }

  /** The ordinal of done (routine) or returned (callback). */
  int finished() {
    return ordinal(Label.EXIT);
  }

  List<Integer> results() {
    return results;
  }

  private int ordinal(int step) {
    if (step == Label.EXIT) {
      return pcType.values().size() - 1;
    }
    return callback ? step : step - 1;
  }

  Expr pcConst(int ordinal, Span span) {
    return new Expr.Const(pcType, ordinal, span);
  }

  /** {@code pc[index] == label}. */
  Expr pcAt(List<Expr> index, int ordinal, Span span) {
    Expr pc = new Expr.Read(pcVar, index, pcType, span);
    return new Expr.Binary(Expr.BinaryOp.EQ, pc, pcConst(ordinal, span), Type.BOOL, span);
  }

  /** An argument lowered once while planning, to see whether it can change before a later step uses it. */
  private Expr probe(TypedExpr arg, Env env) {
    return ctx.exprs.lower(arg, env, new Slots(params.size()));
  }

  private List<Stmt> jump(Label l) {
    return List.of(new Stmt.Assign(pcVar, owner.index(), pcConst(ordinal(l.resolve()), proc.span()), proc.span()));
  }

  private void seqInto(List<TypedStmt> ss, Label first, Label next, Where w) {
    Label at = first;
    for (TypedStmt s : ss) {
      Label after = new Label();
      compile(s, at, after, w);
      at = after;
    }
    at.aliasTo(next);
  }

  private void step(Label at, TypedStmt s, String suffix, Where w, Function<StepState, List<Stmt>> build) {
    int number = plans.size() + 1;
    at.bind(number);
    plans.add(new Plan(number, StmtText.label(s, suffix), s.span(), w.rules(), build));
  }

  private Expr lower(TypedExpr e, Env env, StepState st) {
    return ctx.exprs.lower(e, env, st.slots);
  }

  private void compile(TypedStmt s, Label at, Label after, Where w) {
    Env env = w.env();
    if (s instanceof TypedStmt.Local l && l.init() == null) {
      at.aliasTo(after);
    } else if (s instanceof TypedStmt.If i) {
      Label then = new Label();
      Label otherwise = new Label();
      step(at, s, "", w, st -> List.of(new Stmt.If(lower(i.condition(), env, st), jump(then), jump(otherwise), s.span())));
      seqInto(i.then(), then, after, w);
      seqInto(i.otherwise(), otherwise, after, w);
    } else if (s instanceof TypedStmt.While loop) {
      Label body = new Label();
      step(at, s, "", w, st -> List.of(new Stmt.If(lower(loop.condition(), env, st), jump(body), jump(after), s.span())));
      seqInto(loop.body(), body, at, w);
    } else if (s instanceof TypedStmt.Await a) {
      step(at, s, "", w, st -> {
        st.guards.add(lower(a.condition(), env, st));
        return jump(after);
      });
    } else if (s instanceof TypedStmt.Either e) {
      eitherSteps(e, at, after, w);
    } else if (s instanceof TypedStmt.Choose c) {
      chooseSteps(c, at, after, w);
    } else if (s instanceof TypedStmt.For f) {
      forSteps(f, at, after, w);
    } else if (s instanceof TypedStmt.Call c && c.callback()) {
      new CallbackCall(c, at, after, w).plan();
    } else if (s instanceof TypedStmt.Call c && ctx.api(c.operation()).multiStep()) {
      multiStepCall(c, at, after, w);
    } else {
      steps.declareInlinedLocals(List.of(s), owner);
      step(at, s, "", w, st -> steps.seq(List.of(s), jump(after), w.frame(), env, st, true));
    }
  }

  private void eitherSteps(TypedStmt.Either e, Label at, Label after, Where w) {
    List<Label> entries = new ArrayList<>();
    e.branches().forEach(b -> entries.add(new Label()));
    step(at, e, "", w, st -> {
      List<Stmt.Branch> branches = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        TypedStmt.Branch b = e.branches().get(i);
        Expr guard = b.guard() == null ? null : lower(b.guard(), w.env(), st);
        branches.add(new Stmt.Branch(guard, jump(entries.get(i)), b.span()));
      }
      return List.of(new Stmt.Either(branches, e.span()));
    });
    for (int i = 0; i < entries.size(); i++) {
      seqInto(e.branches().get(i).body(), entries.get(i), after, w);
    }
  }

  /** One step picks an instance into the hidden local {@code x$k}; the body's steps follow. */
  private void chooseSteps(TypedStmt.Choose c, Label at, Label after, Where w) {
    Type domain = Types.of(c.domain());
    int current = owner.hidden(ctx.vars, c.variable() + "$" + (plans.size() + 1), domain, c.span());
    Label body = new Label();
    step(at, c, "", w, st -> {
      int slot = st.slots.fresh();
      Expr bound = new Expr.Bound(slot, c.variable(), domain, c.span());
      Expr where = c.where() == null ? null : lower(c.where(), w.env().with(c.variable(), bound), st);
      List<Stmt> pick = new ArrayList<>();
      pick.add(new Stmt.Assign(current, owner.index(), bound, c.span()));
      pick.addAll(jump(body));
      return List.of(new Stmt.Choose(slot, c.variable(), domain, where, pick, c.span()));
    });
    seqInto(c.body(), body, after, w.with(w.env().with(c.variable(), owner.read(current, domain, c.span()))));
  }

  /**
   * Step k marks every instance satisfying the where clause in the hidden {@code x$k$todo}; step k+1 picks any
   * marked instance (every order is explored), unmarks it, stores it in {@code x$k} and enters the body, which
   * loops back to step k+1; with none marked, step k+1 resets {@code x$k} and leaves the loop.
   */
  private void forSteps(TypedStmt.For f, Label at, Label after, Where w) {
    Type domain = Types.of(f.domain());
    String name = f.variable() + "$" + (plans.size() + 1);
    int current = owner.hidden(ctx.vars, name, domain, f.span());
    List<Type> todoIndex = new ArrayList<>(owner.indexTypes());
    todoIndex.add(domain);
    int todo = ctx.vars.hidden(owner.name(), name + "$todo", VarRole.LOCAL, todoIndex, Type.BOOL, f.span());
    Label pick = new Label();
    Label body = new Label();
    step(at, f, "", w, st -> {
      int slot = st.slots.fresh();
      Expr bound = new Expr.Bound(slot, f.variable(), domain, f.span());
      Expr mark = f.where() == null ? Types.bool(true, f.span()) : lower(f.where(), w.env().with(f.variable(), bound), st);
      List<Stmt> out = new ArrayList<>();
      out.add(new Stmt.For(slot, f.variable(), domain, List.of(new Stmt.Assign(todo, todoAt(bound), mark, f.span())), f.span()));
      out.addAll(jump(pick));
      return out;
    });
    step(pick, f, " (next)", w, st -> {
      int any = st.slots.fresh();
      Expr anyBound = new Expr.Bound(any, f.variable(), domain, f.span());
      Expr someMarked = new Expr.Quantified(
          Expr.Quantifier.SOME, any, f.variable(), domain, new Expr.Read(todo, todoAt(anyBound), Type.BOOL, f.span()), Type.BOOL, f.span());
      int slot = st.slots.fresh();
      Expr bound = new Expr.Bound(slot, f.variable(), domain, f.span());
      List<Stmt> next = new ArrayList<>();
      next.add(new Stmt.Assign(todo, todoAt(bound), Types.bool(false, f.span()), f.span()));
      next.add(new Stmt.Assign(current, owner.index(), bound, f.span()));
      next.addAll(jump(body));
      Stmt choose = new Stmt.Choose(slot, f.variable(), domain, new Expr.Read(todo, todoAt(bound), Type.BOOL, f.span()), next, f.span());
      List<Stmt> exit = new ArrayList<>();
      exit.add(owner.reset(ctx.vars, current, f.span()));
      exit.addAll(jump(after));
      return List.of(new Stmt.If(someMarked, List.of(choose), exit, f.span()));
    });
    seqInto(f.body(), body, pick, w.with(w.env().with(f.variable(), owner.read(current, domain, f.span()))));
  }

  /** Each variable of this owner back to its default. */
  private List<Stmt> resets(List<Integer> vars, Span span) {
    List<Stmt> out = new ArrayList<>();
    vars.forEach(v -> out.add(owner.reset(ctx.vars, v, span)));
    return out;
  }

  private List<Expr> todoAt(Expr instance) {
    List<Expr> index = new ArrayList<>(owner.index());
    index.add(instance);
    return index;
  }

  /**
   * A multi-step operation: a call step (its guard, arguments captured into hidden locals {@code Api$param}
   * unless they cannot change; the operation's locals reset), then the operation's statements as steps of this
   * procedure; results are stored at a return step, which also resets the captures and locals.
   */
  private void multiStepCall(TypedStmt.Call c, Label at, Label after, Where w) {
    ProcedureDef api = ctx.api(c.operation());
    Env apiEnv = Env.empty();
    List<Integer> captures = new ArrayList<>();
    for (int i = 0; i < api.params().size(); i++) {
      ParamDef p = api.params().get(i);
      Expr probe = probe(c.args().get(i), w.env());
      if (owner.stable(probe, ctx.vars)) {
        apiEnv = apiEnv.with(p.name(), probe);
        captures.add(-1);
      } else {
        Type t = Types.of(p.type());
        int var = owner.hidden(ctx.vars, api.name() + "$" + p.name(), t, c.span());
        apiEnv = apiEnv.with(p.name(), owner.read(var, t, c.span()));
        captures.add(var);
      }
    }
    apiEnv = steps.bindLocals(api, apiEnv, owner);
    List<Integer> locals = new ArrayList<>();
    api.locals().forEach(l -> locals.add(steps.localVar(api, l, owner)));
    List<Integer> temporaries = new ArrayList<>(locals);
    captures.stream().filter(v -> v >= 0).forEach(temporaries::add);
    Label body = new Label();
    Set<String> rules = new LinkedHashSet<>(w.rules());
    rules.addAll(api.rules());
    Frame onReturn = (values, st) -> {
      List<Stmt> exit = resets(temporaries, c.span());
      exit.addAll(jump(after));
      return steps.store(c.targets(), w.env(), values, exit, st);
    };
    Where inner = new Where(apiEnv, onReturn, List.copyOf(rules));
    step(at, c, "", inner, st -> {
      Env guardEnv = Env.empty();
      List<Stmt> out = new ArrayList<>();
      for (int i = 0; i < api.params().size(); i++) {
        Expr arg = lower(c.args().get(i), w.env(), st);
        guardEnv = guardEnv.with(api.params().get(i).name(), arg);
        if (captures.get(i) >= 0) {
          out.add(new Stmt.Assign(captures.get(i), owner.index(), arg, c.span()));
        }
      }
      if (api.guard() != null) {
        st.guards.add(lower(api.guard(), guardEnv, st));
      }
      out.addAll(resets(locals, c.span()));
      out.addAll(jump(body));
      return out;
    });
    seqInto(api.body(), body, after, inner);
  }

  /**
   * A callback call: the invoke step (callee idle at these arguments; save the arguments that may change in
   * hidden locals {@code Callback$param}; start the callee) and the wait step (callee returned; copy its
   * results to the targets; set it idle with its locals and results at their defaults; reset the saved arguments).
   */
  private final class CallbackCall {
    private final TypedStmt.Call call;
    private final Label at;
    private final Label after;
    private final Where where;
    private final ProcedureDef callee;
    private final List<Integer> saved = new ArrayList<>();

    CallbackCall(TypedStmt.Call call, Label at, Label after, Where where) {
      this.call = call;
      this.at = at;
      this.after = after;
      this.where = where;
      this.callee = ctx.model.callback(call.operation()).orElseThrow();
    }

    void plan() {
      for (int i = 0; i < call.args().size(); i++) {
        Expr probe = probe(call.args().get(i), where.env());
        ParamDef p = callee.params().get(i);
        saved.add(owner.stable(probe, ctx.vars) ? -1 : owner.hidden(ctx.vars, callee.name() + "$" + p.name(), Types.of(p.type()), call.span()));
      }
      Label wait = new Label();
      step(at, call, "", where, st -> invoke(st, wait));
      step(wait, call, " (wait for return)", where, this::await);
    }

    private ProcedureCompiler target() {
      return ctx.callbacks.get(callee.name());
    }

    private List<Stmt> invoke(StepState st, Label wait) {
      ProcedureCompiler cb = target();
      List<Expr> args = new ArrayList<>();
      List<Stmt> out = new ArrayList<>();
      for (int i = 0; i < call.args().size(); i++) {
        Expr arg = lower(call.args().get(i), where.env(), st);
        args.add(arg);
        if (saved.get(i) >= 0) {
          out.add(new Stmt.Assign(saved.get(i), owner.index(), arg, call.span()));
        }
      }
      st.guards.add(cb.pcAt(args, cb.idle(), call.span()));
      out.add(new Stmt.Assign(cb.pcVar, args, cb.pcConst(cb.start(), call.span()), call.span()));
      out.addAll(jump(wait));
      return out;
    }

    private List<Stmt> await(StepState st) {
      ProcedureCompiler cb = target();
      List<Expr> args = new ArrayList<>();
      for (int i = 0; i < call.args().size(); i++) {
        if (saved.get(i) >= 0) {
          args.add(owner.read(saved.get(i), ctx.vars.get(saved.get(i)).type(), call.span()));
        } else {
          args.add(lower(call.args().get(i), where.env(), st));
        }
      }
      st.guards.add(cb.pcAt(args, cb.finished(), call.span()));
      List<Expr> values = new ArrayList<>();
      for (int var : cb.results()) {
        values.add(new Expr.Read(var, args, ctx.vars.get(var).type(), call.span()));
      }
      List<Stmt> rest = new ArrayList<>();
      rest.add(new Stmt.Assign(cb.pcVar, args, cb.pcConst(cb.idle(), call.span()), call.span()));
      for (int var : ctx.vars.owned(callee.name())) {
        if (ctx.vars.get(var).index().size() != args.size()) {
          continue; // a for loop's marks, all false once the loop has ended
        }
        rest.add(new Stmt.Assign(var, args, Types.defaultValue(ctx.vars.get(var).type(), call.span()), call.span()));
      }
      saved.stream().filter(v -> v >= 0).forEach(v -> rest.add(owner.reset(ctx.vars, v, call.span())));
      rest.addAll(jump(after));
      return steps.store(call.targets(), where.env(), values.subList(0, call.targets().size()), rest, st);
    }

  }
}
