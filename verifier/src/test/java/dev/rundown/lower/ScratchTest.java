package dev.rundown.lower;

import dev.rundown.check.Checker;
import dev.rundown.check.Sources;
import dev.rundown.ir.IrPrinter;
import dev.rundown.ir.IrValidator;
import dev.rundown.ir.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() {
    String f = System.getProperty("scratch");
    if (f == null) return;
    Model m = Lowering.lower(Sources.checked(Checker.check(Sources.load(Path.of(f)))));
    System.out.println(IrPrinter.print(m));
    System.out.println(IrValidator.validate(m));
  }
}
