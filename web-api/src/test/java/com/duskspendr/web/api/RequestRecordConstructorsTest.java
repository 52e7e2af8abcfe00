package com.duskspendr.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payara's OpenAPI scanner fails on a Bean Validation constraint on a constructor parameter (the whole
 * document answers 500): a record with constrained components must declare its canonical constructor
 * unannotated, as {@code LoginRequest} explains. Checked here for every record of the web tier, nested ones
 * included, so a new request record cannot break {@code /openapi} again.
 */
class RequestRecordConstructorsTest {

  @Test
  void noRecordCarriesAConstraintOnItsConstructorParameters() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (String name : ResourceClasses.classNames()) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      check(type, offenders);
    }
    assertEquals(List.of(), offenders, "declare these canonical constructors explicitly, without annotations");
  }

  private static void check(Class<?> type, List<String> offenders) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      check(nested, offenders);
    }
    if (!type.isRecord()) {
      return;
    }
    Class<?>[] shape = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(shape);
      for (Annotation[] annotations : canonical.getParameterAnnotations()) {
        for (Annotation annotation : annotations) {
          if (annotation.annotationType().getPackageName().startsWith("jakarta.validation")) {
            offenders.add(type.getName() + " (@" + annotation.annotationType().getSimpleName() + ")");
          }
        }
      }
    } catch (NoSuchMethodException impossible) {
      throw new IllegalStateException("A record without its canonical constructor: " + type, impossible);
    }
  }
}
