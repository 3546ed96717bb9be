package dev.rundown.semantics;

import static dev.rundown.semantics.IrBuilder.add;
import static dev.rundown.semantics.IrBuilder.and;
import static dev.rundown.semantics.IrBuilder.bound;
import static dev.rundown.semantics.IrBuilder.branch;
import static dev.rundown.semantics.IrBuilder.c;
import static dev.rundown.semantics.IrBuilder.either;
import static dev.rundown.semantics.IrBuilder.eq;
import static dev.rundown.semantics.IrBuilder.implies;
import static dev.rundown.semantics.IrBuilder.in;
import static dev.rundown.semantics.IrBuilder.not;
import static dev.rundown.semantics.IrBuilder.num;
import static dev.rundown.semantics.IrBuilder.or;
import static dev.rundown.semantics.IrBuilder.quant;
import static dev.rundown.semantics.IrBuilder.sub;
import static dev.rundown.semantics.IrBuilder.when;

import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.Type;
import java.util.List;

/**
 * The benchmark model {@code models/bench/handles.rundown} (and its close-too-early bug) built by hand as
 * IR, as the lowering would produce it: 24^N reachable states, C(N+23, N) up to symmetry.
 */
public final class HandlesModel {
  public static final int IDLE = 0;
  public static final int OPEN = 1;
  public static final int CLOSING = 2;
  public static final int CLOSED = 3;
  public static final int UNUSED = 0;
  public static final int PENDING = 1;
  public static final int CANCEL_REQUESTED = 2;
  public static final int DONE = 3;

  private HandlesModel() {}

  public static Bounds bounds(int handles) {
    return new Bounds(ImmutableSortedMap.of("Handle", handles));
  }

  /** The correct model; with {@code closeTooEarly}, close does not wait for the outstanding requests. */
  public static Model build(boolean closeTooEarly) {
    IrBuilder b = new IrBuilder(closeTooEarly ? "HandlesCloseTooEarly" : "Handles");
    Type.KindType handle = b.kind("Handle", 3, true);
    Type.EnumType hs = IrBuilder.enumType("HandleState", "Idle", "Open", "Closing", "Closed");
    Type.EnumType slot = IrBuilder.enumType("Slot", "Unused", "Pending", "CancelRequested", "Done");
    int state = b.field(handle, "state", hs, IDLE);
    int s1 = b.field(handle, "s1", slot, UNUSED);
    int s2 = b.field(handle, "s2", slot, UNUSED);
    int inflight = b.global("inflight", IrBuilder.range(0, 10), 0);
    Expr h = bound(0, handle);
    Expr stateH = b.read(state, h);
    Expr s1H = b.read(s1, h);
    Expr s2H = b.read(s2, h);
    Expr inflightE = b.read(inflight);
    Expr outstanding1 = in(s1H, c(slot, PENDING), c(slot, CANCEL_REQUESTED));
    Expr outstanding2 = in(s2H, c(slot, PENDING), c(slot, CANCEL_REQUESTED));
    List<Type> params = List.of(handle);

    b.action("app", "open", params, eq(stateH, c(hs, IDLE)), 1, IrBuilder.assign(state, c(hs, OPEN), h));
    b.action("app", "send", params,
        and(eq(stateH, c(hs, OPEN)), or(eq(s1H, c(slot, UNUSED)), eq(s2H, c(slot, UNUSED)))), 1,
        when(eq(s1H, c(slot, UNUSED)),
            List.of(IrBuilder.assign(s1, c(slot, PENDING), h)),
            List.of(IrBuilder.assign(s2, c(slot, PENDING), h))),
        IrBuilder.assign(inflight, add(inflightE, num(1))));
    b.action("app", "cancel", params,
        and(eq(stateH, c(hs, OPEN)), or(eq(s1H, c(slot, PENDING)), eq(s2H, c(slot, PENDING)))), 1,
        either(
            branch(eq(s1H, c(slot, PENDING)), IrBuilder.assign(s1, c(slot, CANCEL_REQUESTED), h)),
            branch(eq(s2H, c(slot, PENDING)), IrBuilder.assign(s2, c(slot, CANCEL_REQUESTED), h))));
    b.action("app", "cleanup", params, eq(stateH, c(hs, OPEN)), 1,
        IrBuilder.assign(state, c(hs, CLOSING), h),
        when(eq(s1H, c(slot, PENDING)), List.of(IrBuilder.assign(s1, c(slot, CANCEL_REQUESTED), h)), List.of()),
        when(eq(s2H, c(slot, PENDING)), List.of(IrBuilder.assign(s2, c(slot, CANCEL_REQUESTED), h)), List.of()));
    b.action("driver", "complete", params, or(outstanding1, outstanding2), 1,
        either(
            branch(outstanding1, IrBuilder.assign(s1, c(slot, DONE), h)),
            branch(outstanding2, IrBuilder.assign(s2, c(slot, DONE), h))),
        IrBuilder.assign(inflight, sub(inflightE, num(1))));
    Expr closeGuard = closeTooEarly
        ? eq(stateH, c(hs, CLOSING))
        : and(and(eq(stateH, c(hs, CLOSING)), not(outstanding1)), not(outstanding2));
    b.action("app", "close", params, closeGuard, 1, IrBuilder.assign(state, c(hs, CLOSED), h));
    b.action("app", "reset", params, eq(stateH, c(hs, CLOSED)), 1,
        IrBuilder.assign(state, c(hs, IDLE), h),
        IrBuilder.assign(s1, c(slot, UNUSED), h),
        IrBuilder.assign(s2, c(slot, UNUSED), h));

    Expr q = bound(0, handle);
    b.property("ClosedHasNoOutstandingIo", PropertyKind.INVARIANT,
        quant(Expr.Quantifier.ALL, 0, handle,
            implies(eq(b.read(state, q), c(hs, CLOSED)),
                not(or(in(b.read(s1, q), c(slot, PENDING), c(slot, CANCEL_REQUESTED)),
                    in(b.read(s2, q), c(slot, PENDING), c(slot, CANCEL_REQUESTED)))))),
        1);
    return b.build();
  }
}
