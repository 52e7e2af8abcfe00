package com.duskspendr.web.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared integration environment (if a test started it) when the test run ends. */
public class IntegrationSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    IntegrationEnvironment.shutdown();
  }
}
