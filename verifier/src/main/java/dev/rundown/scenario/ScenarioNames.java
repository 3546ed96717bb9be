package dev.rundown.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java names of generated scenarios: the package follows the design's directory under {@code models/}
 * ({@code models/fltmgr/context-cleanup/x.rundown} gives {@code rundown.scenarios.fltmgr.contextcleanup}), the
 * class the model and property ({@code DoubleReleaseNoUseAfterFreeTest}; a guard made from another design's
 * counterexample ends in {@code GuardTest}). Stateless.
 */
public final class ScenarioNames {
  /** The package that holds every generated scenario. */
  public static final String ROOT_PACKAGE = "rundown.scenarios";

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
      "record", "yield", "sealed", "permits", "_");

  private ScenarioNames() {}

  /** The package for a design at {@code modelPath} (relative to the repository root, {@code /}-separated). */
  public static String packageFor(String modelPath) {
    List<String> dirs = new ArrayList<>(List.of(modelPath.split("/")));
    dirs.remove(dirs.size() - 1);
    if (!dirs.isEmpty() && dirs.get(0).equals("models")) {
      dirs.remove(0);
    }
    StringBuilder out = new StringBuilder(ROOT_PACKAGE);
    for (String dir : dirs) {
      String part = dir.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
      if (part.isEmpty() || part.equals("..") || part.equals(".")) {
        continue;
      }
      if (Character.isDigit(part.charAt(0))) {
        part = "m" + part;
      }
      out.append('.').append(KEYWORDS.contains(part) ? part + "_" : part);
    }
    return out.toString();
  }

  /** The class for the counterexample of {@code model} to {@code property}; a guard of another design's. */
  public static String classFor(String model, String property, boolean guard) {
    return capitalize(model) + capitalize(property) + (guard ? "GuardTest" : "Test");
  }

  private static String capitalize(String name) {
    String clean = name.replaceAll("[^A-Za-z0-9_]", "");
    return clean.isEmpty() ? "X" : Character.toUpperCase(clean.charAt(0)) + clean.substring(1);
  }
}
