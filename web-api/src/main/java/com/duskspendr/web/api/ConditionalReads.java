package com.duskspendr.web.api;

import com.duskspendr.platform.identity.AccountId;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Conditional reads of a user's lists: a list page or a page of the changes feed is tagged with the user's
 * change-log sequence number (which moves with every committed write to any of their synced records, and
 * only then) and a hash of who asked and what (the owner and the query), so a polling app that sends the tag
 * back in {@code If-None-Match} gets 304 without the page being read or written. Weak tags: the same data
 * comes with a new {@code meta.requestId} and timestamp, and gzipped or not.
 *
 * <p>The sequence number must be read <em>before</em> the page: a write committed in between then makes the
 * page newer than its tag, which only costs one more full answer; read after, the page could be older than
 * its tag and the client would keep a stale page for as long as nothing else changed.
 */
public final class ConditionalReads {

  /** Bumped when the shape of a listed record changes, so that clients holding the old shape read it again. */
  static final String SHAPE = "1";

  /** Clients may keep a page but must ask each time; private, because a page is one user's. */
  private static final String REVALIDATE = "private, no-cache";

  private ConditionalReads() {}

  /**
   * @param lastSeq the owner's change-log sequence number, read before the page
   * @param query what the page is (the request's path and query, as sent)
   */
  public static EntityTag tag(long lastSeq, AccountId owner, String query) {
    return new EntityTag(tagValue(lastSeq, owner, query), true);
  }

  static String tagValue(long lastSeq, AccountId owner, String query) {
    // The owner is in the hash: another account on the same phone with the same sequence number and
    // query must not be told that the previous account's page is still current.
    return lastSeq + "-" + Long.toHexString(fnv1a(SHAPE + '|' + owner.value() + '|' + query));
  }

  /** 304 for an {@code If-None-Match} that holds this tag, else null: then answer with {@link #tagged}. */
  public static Response notModified(Request request, EntityTag tag) {
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    return unchanged == null ? null : unchanged.header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build();
  }

  /** The answer with its tag and the caching rule. */
  public static Response tagged(Response.ResponseBuilder answer, EntityTag tag) {
    return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build();
  }

  /** 64-bit FNV-1a over the UTF-16 code units: cheap, and a collision would need the same owner and sequence number. */
  static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
