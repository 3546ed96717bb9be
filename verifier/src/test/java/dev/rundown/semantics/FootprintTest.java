package dev.rundown.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One action or binding at a time gives the transitions of {@link Interpreter#successors} in pieces, and a
 * binding's footprint is what its transitions depend on: states that agree on it have the same transitions.
 */
class FootprintTest {
  /** Up to {@code limit} states reachable from the initial one, breadth-first. */
  static List<int[]> reachable(Interpreter in, int limit) {
    List<int[]> out = new ArrayList<>();
    Set<List<Integer>> seen = new HashSet<>();
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    queue.add(in.initialState());
    seen.add(box(in.initialState()));
    while (!queue.isEmpty() && out.size() < limit) {
      int[] s = queue.poll();
      out.add(s);
      for (Transition t : in.transitions(s)) {
        if (t.next().isPresent() && seen.add(t.next().get().asList())) {
          queue.add(t.next().get().toArray());
        }
      }
    }
    return out;
  }

  private static List<Integer> box(int[] s) {
    return Arrays.stream(s).boxed().toList();
  }

  /** The bindings of action {@code a}, last parameter fastest. */
  static List<int[]> bindings(Interpreter in, int a) {
    List<int[]> out = new ArrayList<>();
    out.add(new int[0]);
    for (int p = 0; p < in.paramCount(a); p++) {
      List<int[]> longer = new ArrayList<>();
      for (int[] prefix : out) {
        for (int v = in.paramMin(a, p); v < in.paramMin(a, p) + in.paramSize(a, p); v++) {
          int[] b = Arrays.copyOf(prefix, prefix.length + 1);
          b[prefix.length] = v;
          longer.add(b);
        }
      }
      out = longer;
    }
    return out;
  }

  static List<Transition> collect(java.util.function.Consumer<TransitionSink> run) {
    List<Transition> out = new ArrayList<>();
    run.accept(t -> out.add(Transition.of(t)));
    return out;
  }

  private static void piecesMakeTheWhole(Model model, Bounds bounds) {
    Interpreter in = Interpreter.compile(model, bounds);
    for (int[] s : reachable(in, 400)) {
      int[] before = s.clone();
      List<Transition> whole = in.transitions(s);
      List<Transition> byAction = new ArrayList<>();
      for (int a = 0; a < in.actionCount(); a++) {
        int action = a;
        List<Transition> one = collect(sink -> in.actionSuccessors(action, s, sink));
        List<Transition> byBinding = new ArrayList<>();
        for (int[] args : bindings(in, a)) {
          byBinding.addAll(collect(sink -> in.bindingSuccessors(action, args, s, sink)));
        }
        assertEquals(one, byBinding);
        byAction.addAll(one);
      }
      assertEquals(whole, byAction);
      assertEquals(box(before), box(s), "the state is given back unchanged");
    }
  }

  @Test
  void actionsAndBindingsOneAtATimeMakeAllTransitions() {
    piecesMakeTheWhole(HandlesModel.build(false), HandlesModel.bounds(2));
    piecesMakeTheWhole(HandlesModel.build(true), HandlesModel.bounds(3));
    piecesMakeTheWhole(NodesModel.build(), NodesModel.bounds(3));
  }

  @Test
  void footprintsOfTheHandlesActions() {
    Interpreter in = Interpreter.compile(HandlesModel.build(false), HandlesModel.bounds(3));
    Layout layout = in.layout();
    List<String> open = names(layout, in.footprint(0, new int[] {1}));
    assertEquals(List.of("Handle2.state"), open);
    List<String> send = names(layout, in.footprint(1, new int[] {2}));
    assertEquals(List.of("Handle3.state", "Handle3.s1", "Handle3.s2", "inflight"), send);
  }

  @Test
  void readsThroughAReadHaveNoFootprint() {
    Model nodes = NodesModel.build();
    Interpreter in = Interpreter.compile(nodes, NodesModel.bounds(2));
    int markNext = action(nodes, "markNext");
    int linkTo = action(nodes, "linkTo");
    int setHead = action(nodes, "setHead");
    assertNull(in.footprint(markNext, new int[] {0}));
    assertNull(in.footprint(linkTo, new int[] {1}));
    assertEquals(List.of("head"), names(in.layout(), in.footprint(setHead, new int[] {1})));
  }

  /** States that agree on a binding's footprint have the same transitions, up to the slots outside it. */
  @Test
  void transitionsDependOnTheFootprintAlone() {
    for (Model model : List.of(HandlesModel.build(false), HandlesModel.build(true), NodesModel.build())) {
      Bounds bounds = model.name().equals("Nodes") ? NodesModel.bounds(3) : HandlesModel.bounds(3);
      Interpreter in = Interpreter.compile(model, bounds);
      Layout layout = in.layout();
      SplittableRandom random = new SplittableRandom(5);
      List<int[]> states = reachable(in, 300);
      for (int[] s : states) {
        int[] other = states.get(random.nextInt(states.size())).clone();
        for (int a = 0; a < in.actionCount(); a++) {
          for (int[] args : bindings(in, a)) {
            int[] slots = in.footprint(a, args);
            if (slots == null) {
              continue;
            }
            int[] t = other.clone();
            for (int slot : slots) {
              t[slot] = s[slot];
            }
            int action = a;
            List<Transition> fromS = collect(sink -> in.bindingSuccessors(action, args, s, sink));
            List<Transition> fromT = collect(sink -> in.bindingSuccessors(action, args, t, sink));
            assertEquals(fromS.size(), fromT.size());
            for (int i = 0; i < fromS.size(); i++) {
              Transition x = fromS.get(i);
              Transition y = fromT.get(i);
              assertEquals(x.choices(), y.choices());
              assertEquals(x.violated(), y.violated());
              assertEquals(x.next().isPresent(), y.next().isPresent());
              if (x.next().isPresent()) {
                for (int slot = 0; slot < layout.size(); slot++) {
                  boolean inside = contains(slots, slot);
                  int expectedY = inside ? x.next().get().get(slot) : t[slot];
                  assertEquals(expectedY, y.next().get().get(slot), layout.slotName(slot));
                  if (!inside) {
                    assertEquals(s[slot], x.next().get().get(slot), "written slots are in the footprint");
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /** An invariant {@code all x | body} holds exactly when its body holds for every x, on the footprint alone. */
  @Test
  void invariantsOneValueAtATime() {
    for (Model model : List.of(HandlesModel.build(true), NodesModel.build())) {
      Bounds bounds = model.name().equals("Nodes") ? NodesModel.bounds(3) : HandlesModel.bounds(3);
      Interpreter in = Interpreter.compile(model, bounds);
      SplittableRandom random = new SplittableRandom(9);
      List<int[]> states = reachable(in, 3000);
      int decomposed = 0;
      for (int p : in.invariants()) {
        if (in.instanceCount(p) == 0) {
          continue;
        }
        decomposed++;
        for (int[] s : states) {
          boolean all = true;
          for (int i = 0; i < in.instanceCount(p); i++) {
            boolean holds = in.instanceHolds(p, i, s);
            all &= holds;
            int[] t = states.get(random.nextInt(states.size())).clone();
            for (int slot : in.instanceFootprint(p, i)) {
              t[slot] = s[slot];
            }
            assertEquals(holds, in.instanceHolds(p, i, t));
          }
          assertEquals(all ? 1 : 0, in.holds(p, s));
        }
      }
      // Handles: its one invariant; Nodes: NoSelfLoop (the others are negated, not quantified, or nest a
      // quantifier whose variable indexes a read).
      assertEquals(1, decomposed);
    }
  }

  private static boolean contains(int[] slots, int slot) {
    return Arrays.stream(slots).anyMatch(f -> f == slot);
  }

  private static int action(Model model, String name) {
    for (int a = 0; a < model.actions().size(); a++) {
      if (model.actions().get(a).name().equals(name)) {
        return a;
      }
    }
    throw new AssertionError(name);
  }

  private static List<String> names(Layout layout, int[] slots) {
    return Optional.ofNullable(slots).map(s -> Arrays.stream(s).mapToObj(layout::slotName).toList()).orElse(null);
  }
}
