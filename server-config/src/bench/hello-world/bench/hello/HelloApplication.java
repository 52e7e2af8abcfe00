package bench.hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The platform's own floor for the paired benchmark: JAX-RS on Payara Micro with nothing of ours. */
@ApplicationPath("/")
public class HelloApplication extends Application {}
