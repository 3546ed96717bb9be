package dev.rundown.semantics;

import static dev.rundown.semantics.IrBuilder.TRUE;
import static dev.rundown.semantics.IrBuilder.and;
import static dev.rundown.semantics.IrBuilder.assign;
import static dev.rundown.semantics.IrBuilder.bound;
import static dev.rundown.semantics.IrBuilder.check;
import static dev.rundown.semantics.IrBuilder.eq;
import static dev.rundown.semantics.IrBuilder.ne;
import static dev.rundown.semantics.IrBuilder.none;
import static dev.rundown.semantics.IrBuilder.not;
import static dev.rundown.semantics.IrBuilder.or;
import static dev.rundown.semantics.IrBuilder.quant;

import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import java.util.List;

/**
 * A model with references between instances of a symmetric kind, a reference global and a variable indexed
 * by the kind twice: the case where symmetry must try every permutation. Some properties hold, some do not.
 */
public final class NodesModel {
  private NodesModel() {}

  public static Bounds bounds(int nodes) {
    return new Bounds(ImmutableSortedMap.of("Node", nodes));
  }

  public static Model build() {
    IrBuilder b = new IrBuilder("Nodes");
    Type.KindType node = b.kind("Node", 3, true);
    Type.KindType optional = node.asOptional();
    int next = b.field(node, "next", optional, -1);
    int mark = b.field(node, "mark", Type.BOOL, 0);
    int head = b.global("head", optional, -1);
    int link = b.var("link", "Linker", VarRole.LOCAL, List.of(node, node), Type.BOOL, 0);
    int fine = b.assertion("MarksOthers");
    Expr a = bound(0, node);
    Expr c = bound(1, node);
    Expr aNext = b.read(next, a);
    b.action("app", "setNext", List.of(node, node), and(eq(aNext, none(node)), ne(a, c)), 2, assign(next, c, a));
    b.action("app", "clear", List.of(node), ne(aNext, none(node)), 1, assign(next, none(node), a));
    b.action("app", "markNext", List.of(node), and(ne(aNext, none(node)), not(b.read(mark, aNext))), 1,
        check(ne(aNext, a), fine), assign(mark, TRUE, aNext));
    b.action("app", "linkTo", List.of(node), and(b.read(mark, a), ne(aNext, none(node))), 1,
        assign(link, TRUE, a, aNext));
    b.action("app", "setHead", List.of(node), eq(b.read(head), none(node)), 1, assign(head, a));
    b.action("app", "dropHead", List.of(), ne(b.read(head), none(node)), 0, assign(head, none(node)));
    Expr q = bound(0, node);
    b.property("NoSelfLoop", PropertyKind.INVARIANT, quant(Expr.Quantifier.ALL, 0, node, ne(b.read(next, q), q)), 1);
    b.property("NotAllMarked", PropertyKind.INVARIANT, not(quant(Expr.Quantifier.ALL, 0, node, b.read(mark, q))), 1);
    b.property("HeadUnmarked", PropertyKind.INVARIANT,
        or(eq(b.read(head), none(node)), not(b.read(mark, b.read(head)))), 0);
    b.property("NoLinkWithoutMark", PropertyKind.INVARIANT,
        quant(Expr.Quantifier.ALL, 0, node,
            quant(Expr.Quantifier.ALL, 1, node,
                or(not(b.read(link, bound(0, node), bound(1, node))), b.read(mark, bound(0, node))))),
        2);
    return b.build();
  }
}
