package bench.hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /hello}: {"message":"Hello World"} through JSON-B, as Payara's getting-started guides answer. */
@Path("hello")
public class HelloResource {

  public record Greeting(String message) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Greeting hello() {
    return new Greeting("Hello World");
  }
}
