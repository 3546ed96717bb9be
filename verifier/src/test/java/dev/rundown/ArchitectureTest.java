package dev.rundown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of the main sources: every reference from one top-level package of {@code dev.rundown} to another
 * (imports, static imports, fully qualified names; comments excluded) must be allowed by {@link #ALLOWED}, and
 * the references must not form a cycle. A new package must be added to the table.
 */
class ArchitectureTest {
  private static final Map<String, Set<String>> ALLOWED = allowed();

  private static Map<String, Set<String>> allowed() {
    Map<String, Set<String>> table = new TreeMap<>();
    table.put("source", Set.of());
    table.put("diag", Set.of("source"));
    table.put("syntax", Set.of("source", "diag"));
    table.put("check", Set.of("syntax", "source", "diag"));
    table.put("ir", Set.of("source"));
    table.put("lower", Set.of("check", "syntax", "ir", "source", "diag"));
    table.put("value", Set.of());
    table.put("trace", Set.of("value"));
    table.put("engine", Set.of("ir", "trace", "value", "source"));
    table.put("semantics", Set.of("ir", "trace", "value", "source", "engine"));
    table.put("explore", Set.of("semantics", "engine", "trace", "ir", "value", "source"));
    table.put("replay", Set.of("ir", "semantics", "trace", "value"));
    table.put("alloy", Set.of("ir"));
    table.put("alloyrun", Set.of("alloy", "semantics", "engine", "trace", "ir", "value", "source"));
    table.put("report", Set.of("engine", "trace", "ir", "value", "source", "diag"));
    table.put(
        "pipeline",
        Set.of("source", "diag", "syntax", "check", "ir", "lower", "value", "trace", "engine", "semantics", "explore",
            "replay", "scenario", "alloy", "alloyrun"));
    table.put("scenario", Set.of("trace", "value"));
    table.put("fixture", Set.of("pipeline", "ir", "diag"));
    Set<String> everything = new TreeSet<>(table.keySet());
    table.put("cli", everything);
    return table;
  }

  private static final Pattern COMMENTS = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.rundown\\.([a-z_][a-z0-9_]*)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");

  /** The top-level packages each package refers to, from Java source texts keyed by their package. */
  static Map<String, Set<String>> dependencies(Map<String, List<String>> sourcesByPackage) {
    Map<String, Set<String>> deps = new TreeMap<>();
    sourcesByPackage.forEach(
        (pkg, sources) -> {
          Set<String> used = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
          for (String source : sources) {
            String code = PACKAGE.matcher(STRINGS.matcher(COMMENTS.matcher(source).replaceAll(" ")).replaceAll("\"\"")).replaceAll("");
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
              if (!m.group(1).equals(pkg)) {
                used.add(m.group(1));
              }
            }
          }
        });
    return deps;
  }

  /** Each dependency not allowed by the table, as {@code from -> to}; unknown packages too. */
  static List<String> violations(Map<String, Set<String>> deps) {
    List<String> bad = new ArrayList<>();
    deps.forEach(
        (from, tos) -> {
          if (!ALLOWED.containsKey(from)) {
            bad.add(from + " is not in the dependency table");
            return;
          }
          for (String to : tos) {
            if (!ALLOWED.get(from).contains(to)) {
              bad.add(from + " -> " + to);
            }
          }
        });
    return bad;
  }

  /** A cycle of the dependency graph as a path {@code a -> b -> a}, or empty. */
  static List<String> cycle(Map<String, Set<String>> deps) {
    Map<String, Integer> state = new TreeMap<>(); // absent: new; 1: on the path; 2: done
    for (String start : deps.keySet()) {
      List<String> path = new ArrayList<>();
      if (findCycle(start, deps, state, path)) {
        return path;
      }
    }
    return List.of();
  }

  private static boolean findCycle(String node, Map<String, Set<String>> deps, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(node);
    if (seen != null && seen == 2) {
      return false;
    }
    path.add(node);
    if (seen != null) {
      path.subList(0, path.indexOf(node)).clear();
      return true;
    }
    state.put(node, 1);
    for (String next : deps.getOrDefault(node, Set.of())) {
      if (findCycle(next, deps, state, path)) {
        return true;
      }
    }
    state.put(node, 2);
    path.remove(path.size() - 1);
    return false;
  }

  private static Map<String, List<String>> mainSources() throws IOException {
    String repo = System.getProperty("rundown.repo", "..");
    Path root = Path.of(repo, "verifier", "src", "main", "java", "dev", "rundown");
    Map<String, List<String>> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        Path relative = root.relativize(file);
        String pkg = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        sources.computeIfAbsent(pkg, k -> new ArrayList<>()).add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }

  @Test
  void mainSourcesFollowTheDependencyTable() throws IOException {
    Map<String, List<String>> sources = mainSources();
    assertTrue(sources.keySet().containsAll(List.of("cli", "pipeline", "report", "engine")), sources.keySet().toString());
    Map<String, Set<String>> deps = dependencies(sources);
    assertEquals(List.of(), violations(deps));
    assertEquals(List.of(), cycle(deps));
  }

  @Test
  void theCheckSeesImportsStaticImportsAndQualifiedNamesButNotComments() {
    Map<String, List<String>> sources =
        Map.of(
            "ir",
            List.of(
                "package dev.rundown.ir;\nimport dev.rundown.source.Span;\nimport static dev.rundown.diag.Severity.ERROR;\n"
                    + "// dev.rundown.cli in a comment\n/* dev.rundown.report */ class A { String s = \"dev.rundown.pipeline\";"
                    + " dev.rundown.value.Value v; }"));
    Map<String, Set<String>> deps = dependencies(sources);
    assertEquals(Set.of("source", "diag", "value"), deps.get("ir"));
    assertEquals(List.of("ir -> diag", "ir -> value"), violations(deps));
    assertEquals(List.of("x is not in the dependency table"), violations(Map.of("x", Set.of())));
  }

  @Test
  void theCheckFindsCycles() {
    Map<String, Set<String>> deps = new TreeMap<>();
    deps.put("a", Set.of("b"));
    deps.put("b", Set.of("c"));
    deps.put("c", Set.of("a"));
    deps.put("d", Set.of("a"));
    assertEquals(List.of("a", "b", "c", "a"), cycle(deps));
    deps.put("c", Set.of());
    assertEquals(List.of(), cycle(deps));
  }
}
