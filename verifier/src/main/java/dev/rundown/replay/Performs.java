package dev.rundown.replay;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of an implementation that performs the model action named {@link #value()} (an IR action
 * name: {@code FltReleaseContext}, or a routine step such as {@code PostCreate.2}); see {@link ActionAdapter#bind}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Performs {
  String value();
}
