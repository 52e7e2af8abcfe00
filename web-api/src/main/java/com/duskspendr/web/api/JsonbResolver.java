package com.duskspendr.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands JAX-RS's JSON-B provider our configuration ({@link ApiJson}) for every JSON media type. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return ApiJson.jsonb();
  }
}
