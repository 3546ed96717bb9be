package dev.rundown.scenario;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles generated scenario sources with the JDK's compiler in-process (all in one call, against the test
 * class path) and runs the compiled classes on the JUnit Platform launcher, reporting each class's failures.
 */
final class ScenarioCompiler {
  private ScenarioCompiler() {}

  /** What running one class gave: its number of tests and the failures' exceptions. */
  record Run(long tests, List<Throwable> failures) {}

  /** Compiles {@code sources} (class name to text) into {@code dir}; fails with javac's messages. */
  static ClassLoader compile(Map<String, String> sources, Path dir) {
    try {
      Path src = Files.createDirectories(dir.resolve("src"));
      Path classes = Files.createDirectories(dir.resolve("classes"));
      List<Path> files = new ArrayList<>();
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        files.add(file);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter messages = new StringWriter();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
        Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
        List<String> options = List.of(
            "-d", classes.toString(), "-classpath", classPath(), "-proc:none", "-Xlint:all", "-Werror", "--release", "17");
        boolean ok = javac.getTask(messages, fm, null, options, null, units).call();
        if (!ok) {
          throw new AssertionError("generated scenarios do not compile:\n" + messages);
        }
      }
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ScenarioCompiler.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs each class's tests on the JUnit Platform. */
  static Map<String, Run> run(ClassLoader loader, List<String> classNames) {
    Launcher launcher = LauncherFactory.create();
    Map<String, Run> runs = new TreeMap<>();
    for (String name : classNames) {
      Class<?> type;
      try {
        type = Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("not compiled: " + name, e);
      }
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(request, listener);
      TestExecutionSummary summary = listener.getSummary();
      List<Throwable> failures = new ArrayList<>();
      summary.getFailures().forEach(f -> failures.add(f.getException()));
      runs.put(name, new Run(summary.getTestsFoundCount(), failures));
    }
    return runs;
  }

  /** Surefire hides the class path behind a manifest-only jar; it publishes the real one in this property. */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
