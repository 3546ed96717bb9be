package dev.rundown.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.source.SourceFile;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.ModelFile;
import dev.rundown.syntax.ast.Param;
import dev.rundown.syntax.ast.RuleRef;
import dev.rundown.syntax.ast.Stmt;
import dev.rundown.syntax.ast.TypeRef;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The example models under {@code models/examples/} parse cleanly and, together, use every construct of
 * the language: every AST node class, every operator, and the variants of the reference listed below.
 */
class ExamplesCoverageTest {
  private static final List<String> EXAMPLES =
      List.of("cleanup-race.rundown", "context-routines.rundown", "rules/context-rules.rundown",
          "../bench/handles-close-too-early.rundown"); // the one that shows `fixed by`

  @Test
  void examplesUseEveryConstruct() throws IOException {
    TreeSet<String> seen = new TreeSet<>();
    StringBuilder allText = new StringBuilder();
    for (String name : EXAMPLES) {
      Path path = RepoPaths.root().resolve("models/examples").resolve(name);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      allText.append(text);
      ParseResult result = Parser.parse(new SourceFile(name, text));
      assertEquals(List.of(), result.diagnostics(), name);
      walk(result.file(), seen);
    }
    if (allText.indexOf("/*") >= 0) {
      seen.add("block comment");
    }
    if (allText.indexOf("//") >= 0) {
      seen.add("line comment");
    }
    TreeSet<String> missing = new TreeSet<>(expected());
    missing.removeAll(seen);
    assertEquals(new TreeSet<String>(), missing);
  }

  private static List<String> expected() {
    List<String> features = new ArrayList<>();
    for (Class<?> root : List.of(Decl.class, Stmt.class, Expr.class, TypeRef.class)) {
      for (Class<?> node : root.getPermittedSubclasses()) {
        features.add(node.getSimpleName());
      }
    }
    for (Class<?> e : List.of(Expr.BinaryOp.class, Expr.UnaryOp.class, Expr.Quantifier.class, Stmt.AssignOp.class)) {
      for (Object constant : e.getEnumConstants()) {
        // Unary minus before a literal folds into a negative IntLit: see "negative literal".
        if (constant != Expr.UnaryOp.NEG) {
          features.add(e.getSimpleName() + "." + constant);
        }
      }
    }
    features.addAll(
        List.of("header", "source", "symmetric kind", "plain kind", "kind default bound", "kind explicit bound",
            "field init", "field no init", "global init", "global no init", "action do", "action no do",
            "action guard", "routine params", "routine no params", "api guard", "api returns 2",
            "callback default body", "done named", "expect holds", "expect violated", "else", "else-if",
            "either guarded", "either unguarded", "for where", "for all", "choose where", "assert rules",
            "assert no rules", "local init", "local no init", "call 0", "call 1", "call 2", "return 0",
            "return 1", "return 2", "negative literal", "qualified enum", "field chain", "optional type",
            "negative range", "rule list", "Branch"));
    return features;
  }

  /** Records the class of every node reachable from {@code node}, its enum constants and the variants. */
  private static void walk(Object node, TreeSet<String> seen) {
    if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean
        || node instanceof Ident || node instanceof SourceFile || node instanceof dev.rundown.source.Span) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object item : list) {
        walk(item, seen);
      }
      return;
    }
    if (node instanceof Enum<?> constant) {
      seen.add(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
      return;
    }
    seen.add(node.getClass().getSimpleName());
    variants(node, seen);
    for (RecordComponent component : node.getClass().getRecordComponents()) {
      try {
        walk(component.getAccessor().invoke(node), seen);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static void variants(Object node, TreeSet<String> seen) {
    if (node instanceof ModelFile f) {
      mark(seen, f.name() != null, "header");
      mark(seen, !f.sources().isEmpty(), "source");
    } else if (node instanceof Decl.KindDecl k) {
      seen.add(k.symmetric() ? "symmetric kind" : "plain kind");
      seen.add(k.defaultBound() == null ? "kind default bound" : "kind explicit bound");
    } else if (node instanceof Decl.FieldDecl f) {
      seen.add(f.init() == null ? "field no init" : "field init");
    } else if (node instanceof Decl.Global g) {
      seen.add(g.field().init() == null ? "global no init" : "global init");
    } else if (node instanceof Decl.Action a) {
      mark(seen, a.guard() != null, "action guard");
      String text = a.span().file().text().substring(a.span().start(), a.span().end());
      seen.add(text.matches("(?s).*\\bdo\\b.*") ? "action do" : "action no do");
    } else if (node instanceof Decl.Routine r) {
      seen.add(r.params().isEmpty() ? "routine no params" : "routine params");
    } else if (node instanceof Decl.Api a) {
      mark(seen, a.guard() != null, "api guard");
      mark(seen, a.returns().size() == 2, "api returns 2");
    } else if (node instanceof Decl.Callback c) {
      mark(seen, c.defaultBody() != null, "callback default body");
    } else if (node instanceof Decl.Done d) {
      mark(seen, d.name() != null, "done named");
    } else if (node instanceof Decl.Expect e) {
      seen.add(e.holds() ? "expect holds" : "expect violated");
    } else if (node instanceof RuleRef) {
      seen.add("rule list");
    } else if (node instanceof Param) {
      return;
    } else {
      statementVariants(node, seen);
    }
  }

  private static void statementVariants(Object node, TreeSet<String> seen) {
    if (node instanceof Stmt.If i) {
      mark(seen, i.otherwise().size() == 1 && i.otherwise().get(0) instanceof Stmt.If, "else-if");
      mark(seen, !i.otherwise().isEmpty() && !(i.otherwise().get(0) instanceof Stmt.If), "else");
    } else if (node instanceof Stmt.Branch b) {
      seen.add(b.guard() == null ? "either unguarded" : "either guarded");
    } else if (node instanceof Stmt.For f) {
      seen.add(f.where() == null ? "for all" : "for where");
    } else if (node instanceof Stmt.Choose c) {
      mark(seen, c.where() != null, "choose where");
    } else if (node instanceof Stmt.Assert a) {
      seen.add(a.rules().isEmpty() ? "assert no rules" : "assert rules");
    } else if (node instanceof Stmt.Local l) {
      seen.add(l.init() == null ? "local no init" : "local init");
    } else if (node instanceof Stmt.Call c) {
      seen.add("call " + c.targets().size());
    } else if (node instanceof Stmt.Return r) {
      seen.add("return " + r.values().size());
    } else if (node instanceof Expr.IntLit i) {
      mark(seen, i.value() < 0, "negative literal");
    } else if (node instanceof Expr.Field f) {
      mark(seen, f.target() instanceof Expr.Field, "field chain");
      mark(seen, f.target() instanceof Expr.Name n && Character.isUpperCase(n.name().charAt(0)), "qualified enum");
    } else if (node instanceof TypeRef.Named n) {
      mark(seen, n.optional(), "optional type");
    } else if (node instanceof TypeRef.Range r) {
      mark(seen, r.lo() < 0, "negative range");
    }
  }

  private static void mark(TreeSet<String> seen, boolean condition, String feature) {
    if (condition) {
      seen.add(feature);
    }
  }
}
