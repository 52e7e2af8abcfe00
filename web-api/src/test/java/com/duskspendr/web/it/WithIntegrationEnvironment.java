package com.duskspendr.web.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared environment before a test class runs. Declare it before Arquillian's extension so
 * that the properties arquillian.xml reads exist when Arquillian reads them.
 *
 * <p>Arquillian in-container tests: add this class to the {@code @Deployment} archive. Inside the
 * container JUnit runs the test class again and must resolve this extension; if it cannot, the class
 * fails before any test method runs, and Arquillian 1.9 drops class-level failures, so every test
 * silently reports success. Inside the container the environment already runs, so this does nothing.
 */
public class WithIntegrationEnvironment implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN).isPresent()) {
      return;
    }
    IntegrationEnvironment.get();
  }
}
