package dev.rundown.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.check.CheckedModel.ProcedureDef;
import dev.rundown.check.CheckedModel.PropertyDef;
import dev.rundown.diag.DiagnosticCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the checked model says: resolution, multi-step operations, callbacks, includes, properties. */
class CheckerTest {
  @Test
  void bareEnumValuesResolveByExpectedTypeThenByUniqueness() {
    CheckedModel m = Sources.checked(Sources.check("""
        model M
        actors a
        enum E { A, B }
        enum F { A, C }
        var e: E = A
        var f: F = A
        action a act() do f := C; e := B
        """));
    assertEquals(0, m.globals().get(0).init().value());
    assertEquals("E", ((ValueType.EnumType) m.globals().get(0).init().type()).name());
    assertEquals("F", ((ValueType.EnumType) m.globals().get(1).init().type()).name());
    TypedStmt.Assign first = assertInstanceOf(TypedStmt.Assign.class, m.actions().get(0).body().get(0));
    TypedExpr.Const c = assertInstanceOf(TypedExpr.Const.class, first.value());
    assertEquals(1, c.value());
    assertEquals("F", ((ValueType.EnumType) c.type()).name());
  }

  @Test
  void multiStepIsTransitive() {
    CheckedModel m = Sources.checked(Sources.check("""
        model M
        actors a
        callback a Cb() { }
        api Plain()
          skip
        api Waits()
          await true
        api Loops()
          while false { skip }
        api CallsBack()
          call Cb()
        api Indirect()
          call Waits()
        api Atomic()
          atomic { call Plain() }
        """));
    Map<String, Boolean> multi = new LinkedHashMap<>();
    m.apis().forEach(a -> multi.put(a.name(), a.multiStep()));
    assertEquals(Map.of("Plain", false, "Waits", true, "Loops", true, "CallsBack", true, "Indirect", true, "Atomic", false), multi);
  }

  @Test
  void callbacksTakeTheHandlersNamesAndRules() {
    CheckedModel m = Sources.checked(Sources.check("""
        model M
        actors fw
        kind K {}
        callback fw Cb(k: K, b: bool) returns bool rule CAN-1 { return b }
        on Cb(obj, flag) rule CAN-2 { local x: bool = flag; return x }
        callback fw Other(k: K) rule CAN-3 { }
        """));
    ProcedureDef cb = m.callback("Cb").orElseThrow();
    assertEquals(List.of("obj", "flag"), cb.params().stream().map(p -> p.name()).toList());
    assertEquals(List.of("CAN-1", "CAN-2"), cb.rules());
    assertEquals(List.of("x"), cb.locals().stream().map(l -> l.name()).toList());
    assertEquals(2, cb.body().size());
    assertTrue(cb.multiStep());
    assertEquals(List.of("Cb", "Other"), m.callbacks().stream().map(ProcedureDef::name).toList());
    assertEquals("fw", m.callback("Other").orElseThrow().actor());
  }

  @Test
  void includedDeclarationsAreSplicedAtTheirFirstInclude() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("designs/d.rundown", """
        model Design
          source "b.md"
        actors drv
        invariant First: true
        include "../rules/r.rundown"
        include "../rules/r.rundown"
        invariant Last: true
        include "missing.rundown"
        """);
    files.put("rules/r.rundown", """
        model Rules
          source "a.md"
          source "b.md"
        kind K {}
        at end Middle: true
        include "more.rundown"
        """);
    files.put("rules/more.rundown", """
        invariant Deep: all k: K | true
        """);
    CheckedModel m = Sources.checked(Sources.check(files));
    assertEquals("Design", m.name());
    assertEquals(List.of("b.md", "a.md"), m.sources());
    assertEquals(List.of("First", "Middle", "Deep", "Last"), m.properties().stream().map(PropertyDef::name).toList());
  }

  @Test
  void aDuplicateInAnIncludedFileIsReportedThere() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("d.rundown", """
        model D
        include "r.rundown"
        var x: bool
        """);
    files.put("r.rundown", """
        var x: bool
        """);
    CheckResult r = Sources.check(files);
    assertFalse(r.model().isPresent());
    assertEquals(1, r.diagnostics().size());
    assertEquals(DiagnosticCode.RD202, r.diagnostics().get(0).code());
    assertEquals("d.rundown", r.diagnostics().get(0).span().file().path());
    assertEquals(3, r.diagnostics().get(0).span().line());
  }

  @Test
  void withoutDoneTheHangPropertyIsNoHang() {
    CheckedModel m = Sources.checked(Sources.check("""
        model M
        actors a
        expect NoHang holds
        """));
    assertEquals("NoHang", m.done().name());
    assertNull(m.done().condition());
  }

  @Test
  void boundsDefaultOverrideAndSymmetry() {
    CheckedModel m = Sources.checked(Sources.check("""
        model M
        kind A {}
        symmetric kind B[4] {}
        kind C[4] {}
        bound C = 1
        """));
    assertEquals(List.of(2, 4, 1), m.kinds().stream().map(CheckedModel.KindDef::bound).toList());
    assertEquals(List.of(false, true, false), m.kinds().stream().map(CheckedModel.KindDef::symmetric).toList());
  }

  @Test
  void checkingIsDeterministic() {
    String text = """
        model M
        actors a
        enum E { X, Y }
        kind K { e: E; r: K? }
        api Op(k: K?) returns E
          either { return X } or when k != none { return k.e }
        routine a R(k: K) { local v: E; v := call Op(k.r) }
        invariant I: all k: K | k.e in {X, Y}
        """;
    assertEquals(Sources.check(text), Sources.check(text));
  }
}
