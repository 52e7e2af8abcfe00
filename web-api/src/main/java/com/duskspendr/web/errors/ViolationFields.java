package com.duskspendr.web.errors;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Names a constraint violation by the JSON field it concerns. Method validation reports paths such as
 * {@code register.arg0.email} or {@code update.patch.preferences.currency}: the method and parameter nodes
 * mean nothing to a client, the property nodes below them are the field. A violation on the parameter itself
 * (a missing body) is reported on {@code body}.
 */
final class ViolationFields {

  static final String BODY = "body";

  private ViolationFields() {}

  static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    boolean sawKinds = false;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == null) {
        continue;
      }
      sawKinds = true;
      switch (kind) {
        case PROPERTY, CONTAINER_ELEMENT -> append(field, node);
        default -> {
          // METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE, BEAN: not part of the JSON
        }
      }
    }
    if (!sawKinds) {
      return fromText(path.toString());
    }
    return field.isEmpty() ? BODY : field.toString();
  }

  /** Whether the violation is about what a method returned: our bug, not the client's. */
  static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  private static void append(StringBuilder field, Path.Node node) {
    if (node.getName() == null || node.getName().startsWith("<")) {
      // container element nodes such as <list element> carry their position on the index only
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      return;
    }
    if (!field.isEmpty()) {
      field.append('.');
    }
    field.append(node.getName());
    if (node.getIndex() != null) {
      field.append('[').append(node.getIndex()).append(']');
    }
  }

  /** Fallback for providers that give no node kinds: drop {@code method.parameter}. */
  private static String fromText(String path) {
    String[] parts = path.split("\\.", 3);
    return parts.length == 3 ? parts[2] : BODY;
  }
}
