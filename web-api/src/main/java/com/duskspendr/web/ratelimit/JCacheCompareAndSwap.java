package com.duskspendr.web.ratelimit;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.cache.Cache;

/**
 * Bucket4j's buckets in a JCache cache by compare-and-swap: read the state, compute, replace it only if nobody
 * changed it meanwhile (Bucket4j retries otherwise).
 *
 * <p>Why not Bucket4j's own JCache module: it runs an entry processor, a class of this application, inside the
 * grid; Payara's Hazelcast loads classes with the server's class loader, not the application's, and fails to
 * deserialize it (payara/Payara#759). Here the grid holds only strings (the state, Base64), which any member
 * reads, and whose equality is by content whatever the grid's storage format.
 */
final class JCacheCompareAndSwap extends AbstractCompareAndSwapBasedProxyManager<String> {

  private static final Base64.Encoder ENCODER = Base64.getEncoder();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final Cache<String, String> states;

  JCacheCompareAndSwap(Cache<String, String> states) {
    super(ClientSideConfig.getDefault());
    this.states = states;
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    return new CompareAndSwapOperation() {
      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
        return Optional.ofNullable(states.get(key)).map(DECODER::decode);
      }

      @Override
      public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
        String next = ENCODER.encodeToString(updated);
        return original == null
            ? states.putIfAbsent(key, next)
            : states.replace(key, ENCODER.encodeToString(original), next);
      }
    };
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    throw new UnsupportedOperationException("The rate limiter works synchronously");
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    throw new UnsupportedOperationException("The rate limiter works synchronously");
  }

  @Override
  public void removeProxy(String key) {
    states.remove(key);
  }

  @Override
  public boolean isAsyncModeSupported() {
    return false;
  }
}
