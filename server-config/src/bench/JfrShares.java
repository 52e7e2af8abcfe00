import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU went, from a JFR recording: of the execution samples taken on threads whose name
 * contains THREAD, the share whose stack passes through each named frame (a substring of
 * "package.Class.method"). Shares overlap when one frame calls another. Run with the JDK alone:
 *   java JfrShares.java recording.jfr http-thread-pool token=DefaultAccessTokens.verify session=SessionActivity
 */
public class JfrShares {

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java JfrShares.java FILE.jfr THREAD LABEL=FRAME...");
      System.exit(2);
    }
    Map<String, String> frames = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] labelAndFrame = args[i].split("=", 2);
      frames.put(labelAndFrame[0], labelAndFrame[1]);
    }
    Map<String, Integer> hits = new LinkedHashMap<>();
    frames.keySet().forEach(label -> hits.put(label, 0));
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      var thread = event.getThread("sampledThread");
      if (thread == null || thread.getJavaName() == null || !thread.getJavaName().contains(args[1])) {
        continue;
      }
      samples++;
      StringBuilder stack = new StringBuilder();
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        stack.append(frame.getMethod().getType().getName()).append('.').append(frame.getMethod().getName()).append('\n');
      }
      String trace = stack.toString();
      frames.forEach((label, frame) -> {
        if (trace.contains(frame)) {
          hits.merge(label, 1, Integer::sum);
        }
      });
    }
    System.out.printf("%d execution samples on %s threads%n", samples, args[1]);
    for (var hit : hits.entrySet()) {
      System.out.printf("  %-10s %6.2f%%  (%d, %s)%n", hit.getKey(), 100.0 * hit.getValue() / Math.max(samples, 1),
          hit.getValue(), frames.get(hit.getKey()));
    }
  }
}
