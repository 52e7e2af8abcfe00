package com.duskspendr.ml.models.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.classifier.control.Prediction;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ActiveModelHolderTest {

  /** A model double that always answers its own version's name. */
  private static LoadedModel model(long id) {
    return new LoadedModel(id, "v" + id, text -> new Prediction(List.of(new ScoredCategory("v" + id, 1.0)), List.of()));
  }

  @Test
  void loadsTheActiveVersionOnceAndSwitchesWhenANewerIsActivated() {
    ActiveModelHolder holder = new ActiveModelHolder();
    AtomicInteger loads = new AtomicInteger();

    assertTrue(holder.follow(1, id -> { loads.incrementAndGet(); return model(id); }));
    assertFalse(holder.follow(1, id -> { loads.incrementAndGet(); return model(id); }), "same version: no reload");
    assertEquals(1, loads.get());
    assertEquals("v1", holder.current().orElseThrow().version());

    assertTrue(holder.follow(2, ActiveModelHolderTest::model));
    assertEquals("v2", holder.current().orElseThrow().version());
  }

  @Test
  void aVersionThatCannotBeLoadedKeepsTheCurrentOne() {
    ActiveModelHolder holder = new ActiveModelHolder();
    holder.follow(1, ActiveModelHolderTest::model);
    assertFalse(holder.follow(2, id -> null));
    assertEquals("v1", holder.current().orElseThrow().version());
  }

  @Test
  void readersAlwaysSeeACompleteModelWhileVersionsSwitch() throws Exception {
    ActiveModelHolder holder = new ActiveModelHolder();
    holder.follow(0, ActiveModelHolderTest::model);
    AtomicBoolean switching = new AtomicBoolean(true);
    Set<String> inconsistencies = ConcurrentHashMap.newKeySet();
    AtomicInteger reads = new AtomicInteger();
    ExecutorService readers = Executors.newFixedThreadPool(4);
    CountDownLatch started = new CountDownLatch(4);
    for (int r = 0; r < 4; r++) {
      readers.submit(() -> {
        started.countDown();
        while (switching.get()) {
          LoadedModel m = holder.current().orElseThrow();
          String answer = m.model().predict(null).best().category();
          if (!answer.equals(m.version())) {
            inconsistencies.add(m.version() + " answered " + answer);
          }
          reads.incrementAndGet();
        }
      });
    }
    started.await();
    for (long id = 1; id <= 2_000; id++) {
      holder.follow(id, ActiveModelHolderTest::model);
    }
    switching.set(false);
    readers.shutdown();
    assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS));
    assertTrue(inconsistencies.isEmpty(), inconsistencies.toString());
    assertTrue(reads.get() > 0);
    assertEquals("v2000", holder.current().orElseThrow().version());
  }
}
