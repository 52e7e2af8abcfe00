package com.duskspendr.web.api;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JAX-RS resource classes of this application ({@code @Path} on the class), found in the classes
 * directory or jar this class was loaded from. For what must know every resource without a hand-kept list:
 * a new resource is picked up by being there. Classes are loaded without being initialized.
 */
public final class ResourceClasses {

  private static final String ROOT = "com/duskspendr/web/";

  private ResourceClasses() {}

  public static List<Class<?>> all() {
    ClassLoader loader = ResourceClasses.class.getClassLoader();
    List<Class<?>> resources = new ArrayList<>();
    for (String name : classNames()) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      } catch (ClassNotFoundException | LinkageError unloadable) {
        // Not a class this application can use (an optional integration's): not a resource of ours either.
      }
    }
    return resources;
  }

  /**
   * Found from where this very class was loaded: a classes directory (an exploded WAR, as Payara deploys it,
   * or Maven's target/classes) or a jar. The code source is not used: Payara's web class loader reports a
   * single class file as the location.
   */
  static List<String> classNames() {
    String selfPath = ResourceClasses.class.getName().replace('.', '/') + ".class";
    URL self = ResourceClasses.class.getClassLoader().getResource(selfPath);
    if (self == null) {
      throw new IllegalStateException("Cannot find " + selfPath + " in its own class loader");
    }
    try {
      if ("jar".equals(self.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) self.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          return jar.stream()
              .map(JarEntry::getName)
              .filter(name -> name.startsWith(ROOT) && isTopLevelClass(name))
              .map(ResourceClasses::className)
              .toList();
        }
      }
      java.nio.file.Path base = java.nio.file.Path.of(self.toURI());
      for (int depth = selfPath.split("/").length; depth > 0; depth--) {
        base = base.getParent();
      }
      java.nio.file.Path root = base;
      try (Stream<java.nio.file.Path> files = Files.walk(root.resolve(ROOT))) {
        return files
            .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
            .filter(ResourceClasses::isTopLevelClass)
            .map(ResourceClasses::className)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new IllegalStateException("Cannot list the classes beside " + self, e);
    }
  }

  private static boolean isTopLevelClass(String path) {
    return path.endsWith(".class") && !path.contains("$") && !path.endsWith("package-info.class");
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
