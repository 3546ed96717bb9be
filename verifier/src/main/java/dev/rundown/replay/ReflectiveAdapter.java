package dev.rundown.replay;

import dev.rundown.trace.ActionCall;
import dev.rundown.value.Value;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ActionAdapter#bind}: dispatches each call to the target's {@link Performs} method for its action,
 * converting the argument values to the parameter types, and observes through its {@link Observes} method.
 * Immutable after construction (the target itself may be mutable).
 */
final class ReflectiveAdapter implements ActionAdapter {
  private final Object target;
  private final Map<String, Method> performers;
  private final Method observer;

  private ReflectiveAdapter(Object target, Map<String, Method> performers, Method observer) {
    this.target = target;
    this.performers = performers;
    this.observer = observer;
  }

  static ReflectiveAdapter of(Object target) {
    Map<String, Method> performers = new TreeMap<>();
    Method observer = null;
    for (Method m : target.getClass().getMethods()) {
      Performs performs = m.getAnnotation(Performs.class);
      if (performs != null) {
        for (Class<?> type : m.getParameterTypes()) {
          if (!convertible(type)) {
            throw new IllegalArgumentException(m + ": a parameter of type " + type.getName() + " cannot take a value");
          }
        }
        m.trySetAccessible();
        if (performers.put(performs.value(), m) != null) {
          throw new IllegalArgumentException("two methods perform " + performs.value());
        }
      }
      if (m.isAnnotationPresent(Observes.class)) {
        if (m.getParameterCount() != 0 || !Map.class.isAssignableFrom(m.getReturnType()) || observer != null) {
          throw new IllegalArgumentException(m + ": one @Observes method, without parameters, returning a Map");
        }
        m.trySetAccessible();
        observer = m;
      }
    }
    return new ReflectiveAdapter(target, performers, observer);
  }

  @Override
  public void perform(ActionCall call) {
    Method m = performers.get(call.action());
    if (m == null) {
      throw new UnsupportedOperationException("no @Performs(\"" + call.action() + "\") method in "
          + target.getClass().getName());
    }
    if (m.getParameterCount() != call.args().size()) {
      throw new IllegalArgumentException(m + " takes " + m.getParameterCount() + " argument(s); "
          + call + " has " + call.args().size());
    }
    Object[] args = new Object[call.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = convert(call.args().get(i), m.getParameterTypes()[i], m);
    }
    invoke(m, args);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, ?> observe() {
    return observer == null ? Map.of() : (Map<String, ?>) invoke(observer, new Object[0]);
  }

  private Object invoke(Method m, Object[] args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(m + " threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(m + " is not accessible", e);
    }
  }

  private static boolean convertible(Class<?> type) {
    return type == String.class || type == int.class || type == Integer.class || type == boolean.class
        || type == Boolean.class || Value.class.isAssignableFrom(type);
  }

  private static Object convert(Value v, Class<?> type, Method m) {
    if (type == String.class) {
      return v.toString();
    }
    if (type.isInstance(v)) {
      return v;
    }
    if ((type == int.class || type == Integer.class) && v instanceof Value.IntValue i) {
      return i.value();
    }
    if ((type == int.class || type == Integer.class) && v instanceof Value.InstanceValue i) {
      return i.index();
    }
    if ((type == boolean.class || type == Boolean.class) && v instanceof Value.BoolValue b) {
      return b.value();
    }
    throw new IllegalArgumentException(m + " cannot take " + v + " as a " + type.getSimpleName());
  }
}
