package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.check.Checker;
import dev.rundown.check.Sources;
import dev.rundown.ir.Action;
import dev.rundown.ir.IrPrinter;
import dev.rundown.ir.IrValidator;
import dev.rundown.ir.Model;
import dev.rundown.ir.StateVar;
import dev.rundown.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/** Test support: lowers model text or files, asserting the IR validates; finds actions and variables by name. */
final class Lowered {
  final Model model;

  private Lowered(Model model) {
    this.model = model;
    assertEquals(List.of(), IrValidator.validate(model), () -> IrPrinter.print(model));
  }

  static Lowered of(String text) {
    return new Lowered(Lowering.lower(Sources.checked(Checker.check(List.of(Sources.parse(new SourceFile("t.rundown", text)))))));
  }

  static Lowered of(Path root) {
    return new Lowered(Lowering.lower(Sources.checked(Checker.check(Sources.load(root)))));
  }

  Action action(String name) {
    return model.actions().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no action " + name + " in\n" + IrPrinter.print(model)));
  }

  List<String> actionNames() {
    return model.actions().stream().map(Action::name).toList();
  }

  int var(String owner, String name) {
    for (int i = 0; i < model.vars().size(); i++) {
      StateVar v = model.vars().get(i);
      if (v.owner().equals(owner) && v.name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no variable " + owner + "." + name + " in\n" + IrPrinter.print(model));
  }

  StateVar stateVar(String owner, String name) {
    return model.vars().get(var(owner, name));
  }

  /** The printed IR of one action: guard and body, for shape assertions. */
  String text(String action) {
    String all = IrPrinter.print(model);
    int start = all.indexOf("action " + action + "(");
    int end = all.indexOf("\naction ", start + 1);
    if (end < 0) {
      end = all.indexOf("\nproperty ", start);
    }
    return all.substring(start, end + 1);
  }
}
