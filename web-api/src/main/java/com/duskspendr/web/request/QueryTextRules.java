package com.duskspendr.web.request;

import com.duskspendr.web.api.PlainText;
import com.duskspendr.web.api.RejectedInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * {@link PlainText} for query parameters and path segments, as {@link JsonBodyRules} is for bodies: one rule
 * for every endpoint, before any resource sees {@code ?q=%00} or {@code /categories/a%00}.
 */
@Provider
@PreMatching
public class QueryTextRules implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    MultivaluedMap<String, String> parameters;
    try {
      parameters = request.getUriInfo().getQueryParameters(true);
    } catch (IllegalArgumentException badEncoding) {
      throw new RejectedInputException("query", "is not valid percent-encoded UTF-8");
    }
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (PlainText.issueOf(parameter.getKey()).isPresent()) {
        throw new RejectedInputException("query", "has a parameter name that " + PlainText.issueOf(parameter.getKey()).get());
      }
      for (String value : parameter.getValue()) {
        PlainText.issueOf(value).ifPresent(issue -> {
          throw new RejectedInputException(parameter.getKey(), issue);
        });
      }
    }
    request.getUriInfo().getPathSegments(true).forEach(segment ->
        PlainText.issueOf(segment.getPath()).ifPresent(issue -> {
          throw new RejectedInputException("path", issue);
        }));
  }
}
