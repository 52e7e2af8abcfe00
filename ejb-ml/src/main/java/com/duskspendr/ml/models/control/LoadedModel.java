package com.duskspendr.ml.models.control;

/** The model in memory and which stored version it is. */
public record LoadedModel(long id, String version, CategoryModel model) {}
