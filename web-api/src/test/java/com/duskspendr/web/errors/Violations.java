package com.duskspendr.web.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Constraint violations as a Bean Validation provider reports them for method validation, without one on the
 * classpath: paths are written {@code "METHOD:register PARAMETER:arg0 PROPERTY:email"}.
 */
final class Violations {

  private Violations() {}

  /** {@code violation(message, path)} pairs. */
  static ConstraintViolationException of(String... messageAndPath) {
    Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
    for (int i = 0; i < messageAndPath.length; i += 2) {
      violations.add(violation(messageAndPath[i], path(messageAndPath[i + 1])));
    }
    return new ConstraintViolationException(violations);
  }

  static ConstraintViolation<?> violation(String message, Path path) {
    return (ConstraintViolation<?>) Proxy.newProxyInstance(
        Violations.class.getClassLoader(),
        new Class<?>[] {ConstraintViolation.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getMessage" -> message;
          case "getPropertyPath" -> path;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "violation " + path + ": " + message;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** Nodes as {@code KIND:name} (or {@code KIND:name[index]}); a bare name has no kind. */
  static Path path(String spec) {
    List<Path.Node> nodes = new ArrayList<>();
    for (String part : spec.split(" ")) {
      String[] kindAndName = part.contains(":") ? part.split(":", 2) : new String[] {null, part};
      ElementKind kind = kindAndName[0] == null ? null : ElementKind.valueOf(kindAndName[0]);
      String name = kindAndName[1];
      Integer index = null;
      if (name.endsWith("]")) {
        index = Integer.valueOf(name.substring(name.indexOf('[') + 1, name.length() - 1));
        name = name.substring(0, name.indexOf('['));
      }
      nodes.add(new Node(name, kind, index));
    }
    return new Path() {
      @Override
      public Iterator<Node> iterator() {
        return nodes.iterator();
      }

      @Override
      public String toString() {
        return nodes.stream().map(Path.Node::getName).collect(Collectors.joining("."));
      }
    };
  }

  private record Node(String name, ElementKind kind, Integer index) implements Path.Node {
    @Override public String getName() { return name; }
    @Override public boolean isInIterable() { return index != null; }
    @Override public Integer getIndex() { return index; }
    @Override public Object getKey() { return null; }
    @Override public ElementKind getKind() { return kind; }
    @Override public <T extends Path.Node> T as(Class<T> nodeType) { throw new UnsupportedOperationException(); }
  }
}
