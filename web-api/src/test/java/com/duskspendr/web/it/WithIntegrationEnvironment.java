package com.duskspendr.web.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared environment before a test class runs. Declare it before Arquillian's extension so
 * that the properties arquillian.xml reads exist when Arquillian reads them.
 */
public class WithIntegrationEnvironment implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    IntegrationEnvironment.get();
  }
}
