package com.duskspendr.ml.models.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Metrics to and from the {@code jsonb} column: written as JSON text (the datasource's {@code
 * stringtype=unspecified} lets PostgreSQL cast it), read from the driver's JSON object, whose text is the
 * document.
 */
@Converter
public class MetricsColumnConverter implements AttributeConverter<ModelMetrics, Object> {

  @Override
  public Object convertToDatabaseColumn(ModelMetrics metrics) {
    return metrics == null ? null : metrics.toJson();
  }

  @Override
  public ModelMetrics convertToEntityAttribute(Object column) {
    return column == null ? null : ModelMetrics.fromJson(column.toString());
  }
}
