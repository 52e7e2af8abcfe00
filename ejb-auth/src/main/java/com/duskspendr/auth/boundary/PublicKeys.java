package com.duskspendr.auth.boundary;

/** The public half of the token signing keys, for anyone who verifies our access tokens. */
public interface PublicKeys {

  /** The JSON Web Key Set (RFC 7517) of every key a valid token may be signed with, each with its {@code kid}. */
  String jwksJson();
}
