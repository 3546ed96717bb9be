package dev.rundown.lower;

import dev.rundown.check.CheckedModel;
import dev.rundown.check.CheckedModel.ProcedureDef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every part of one lowering run shares: the checked model, the state variables being created, the
 * property indices and the compiled callbacks. Mutable while the run lasts; not thread-safe.
 */
final class LowerContext {
  final CheckedModel model;
  final VarTable vars = new VarTable();
  final ExprLowering exprs = new ExprLowering(vars);
  final Map<String, Integer> properties = new LinkedHashMap<>();
  final Map<String, ProcedureCompiler> callbacks = new LinkedHashMap<>();

  LowerContext(CheckedModel model) {
    this.model = model;
  }

  ProcedureDef api(String name) {
    return model.api(name).orElseThrow(() -> new IllegalStateException("no operation " + name));
  }

  int property(String name) {
    Integer i = properties.get(name);
    if (i == null) {
      throw new IllegalStateException("no property " + name);
    }
    return i;
  }
}
