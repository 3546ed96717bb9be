package dev.rundown.pipeline;

import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Expectation;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.source.Span;
import java.util.List;
import java.util.Optional;

/** Hand-built IR models and results for pipeline tests (no parser, checker or engine involved). */
final class Models {
  private Models() {}

  /** A model with kinds {@code Handle[3]} and {@code Request}, three properties, and two expectations. */
  static Model handles() {
    return new Model(
        "Handles",
        List.of(),
        List.of(new Kind("Handle", 3, true, Span.NONE), new Kind("Request", 2, false, Span.NONE)),
        List.of(),
        List.of("app"),
        List.of(),
        List.of(
            new Property("Safe", PropertyKind.INVARIANT, null, 0, List.of("WDM-FILE-4"), Span.NONE),
            new Property("NoHang", PropertyKind.HANG, null, 0, List.of(), Span.NONE),
            new Property("WellDefined", PropertyKind.WELL_DEFINED, null, 0, List.of(), Span.NONE)),
        List.of(new Expectation("Safe", false, Span.NONE), new Expectation("NoHang", true, Span.NONE)),
        Span.NONE);
  }

  static Model withKinds(String name, String... kinds) {
    List<Kind> list = new java.util.ArrayList<>();
    for (String kind : kinds) {
      list.add(new Kind(kind, 2, false, Span.NONE));
    }
    return new Model(name, List.of(), list, List.of(), List.of(), List.of(), List.of(), List.of(), Span.NONE);
  }

  static PropertyResult result(String property, Verdict verdict) {
    return new PropertyResult(property, PropertyKind.INVARIANT, verdict, List.of(), Optional.empty());
  }
}
