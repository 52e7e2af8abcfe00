package com.duskspendr.ml.models.control;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The hand-over of the active model between threads. Readers take the current reference without locking
 * (volatile); a newer activation is loaded first and then swapped in with one write, so a classification in
 * flight finishes on the model it started with and the next one uses the new model.
 */
public final class ActiveModelHolder {

  private volatile LoadedModel current;

  public Optional<LoadedModel> current() {
    return Optional.ofNullable(current);
  }

  /**
   * Follows the stored active version: loads and swaps in {@code activeId} unless it is already the one in
   * memory. Serialized, so two refreshes never load the same model twice.
   *
   * @return whether the model in memory changed
   */
  public synchronized boolean follow(long activeId, LongFunction<LoadedModel> loader) {
    LoadedModel now = current;
    if (now != null && now.id() == activeId) {
      return false;
    }
    LoadedModel loaded = loader.apply(activeId);
    if (loaded == null) {
      return false;
    }
    current = loaded;
    return true;
  }
}
