package dev.rundown.check;

import dev.rundown.check.BodyState.CallSite;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API calls do not recurse (RD213), and a multi-step API (one with an await, a while, a callback call or a
 * call of a multi-step API) is not called from an action or inside atomic (RD222). Stateless.
 */
final class CallGraphRule {
  private CallGraphRule() {}

  /**
   * Reports the errors and answers which APIs are multi-step.
   *
   * @param apis every API body, in declaration order
   * @param calls every API call site of every body
   */
  static Map<String, Boolean> check(Map<String, BodyState> apis, List<CallSite> calls, Diagnostics diags) {
    Map<String, Set<String>> edges = new LinkedHashMap<>();
    apis.keySet().forEach(a -> edges.put(a, new LinkedHashSet<>()));
    for (CallSite c : calls) {
      if (c.caller() != null && edges.containsKey(c.callee()) && edges.containsKey(c.caller())) {
        edges.get(c.caller()).add(c.callee());
      }
    }
    for (CallSite c : calls) {
      if (c.caller() != null && edges.containsKey(c.callee()) && reaches(edges, c.callee(), c.caller())) {
        diags.error(DiagnosticCode.RD213, c.span(), "the call of " + c.callee() + " from " + c.caller() + " recurses");
        edges.get(c.caller()).remove(c.callee());
      }
    }
    Map<String, Boolean> multiStep = new LinkedHashMap<>();
    apis.forEach((name, body) -> multiStep.put(name, body.blocks));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String api : apis.keySet()) {
        if (!multiStep.get(api) && edges.get(api).stream().anyMatch(multiStep::get)) {
          multiStep.put(api, true);
          changed = true;
        }
      }
    }
    for (CallSite c : calls) {
      if (c.atomic() && multiStep.getOrDefault(c.callee(), false)) {
        diags.error(
            DiagnosticCode.RD222, c.span(), c.callee() + " takes several steps; it cannot be called from an action or inside atomic");
      }
    }
    return multiStep;
  }

  private static boolean reaches(Map<String, Set<String>> edges, String from, String to) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(from));
    while (!work.isEmpty()) {
      String n = work.pop();
      if (n.equals(to)) {
        return true;
      }
      if (seen.add(n)) {
        work.addAll(edges.getOrDefault(n, Set.of()));
      }
    }
    return false;
  }
}
