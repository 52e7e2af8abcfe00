package com.duskspendr.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Installs the {@link CorrelatingLogFilter} on the root logger's handlers (where Payara's records and ours
 * end up) when the application starts, and gives the handlers their own filters back when it stops, so that
 * an undeployed application leaves no class of its own in the server's logging.
 */
@Startup
@Singleton
public class LogCorrelation {

  @PostConstruct
  void install() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (!(handler.getFilter() instanceof CorrelatingLogFilter)) {
        handler.setFilter(new CorrelatingLogFilter(handler.getFilter()));
      }
    }
  }

  @PreDestroy
  void uninstall() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (handler.getFilter() instanceof CorrelatingLogFilter correlating) {
        handler.setFilter(correlating.next());
      }
    }
  }
}
