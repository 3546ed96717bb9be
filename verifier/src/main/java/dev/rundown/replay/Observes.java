package dev.rundown.replay;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the no-argument method of an implementation that returns its observations as a {@code Map<String, ?>}
 * (see {@link ActionAdapter#observe()} and {@link ActionAdapter#bind}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Observes {}
