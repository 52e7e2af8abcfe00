package com.duskspendr.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SchemaRegistrationsTest {

  private static Properties registration(String schema, String order) {
    Properties properties = new Properties();
    properties.setProperty("schema", schema);
    if (order != null) {
      properties.setProperty("order", order);
    }
    return properties;
  }

  @Test
  void schemasAreMigratedInAscendingOrderWhateverOrderTheJarsComeIn() {
    assertEquals(
        List.of("platform", "auth", "users", "transactions", "ml", "notifications"),
        SchemaRegistrations.ordered(List.of(
            registration("ml", "40"), registration("notifications", null), registration("auth", "10"),
            registration("platform", "0"), registration("transactions", "30"), registration("users", "20"))));
  }

  @Test
  void aSchemaRegisteredTwiceOrWithoutANameIsRefused() {
    assertThrows(IllegalStateException.class,
        () -> SchemaRegistrations.ordered(List.of(registration("auth", "1"), registration("auth", "2"))));
    assertThrows(IllegalStateException.class,
        () -> SchemaRegistrations.ordered(List.of(registration("Robert'); DROP", "1"))));
  }

  @Test
  void everyModuleOfThisBuildRegistersItsSchema() {
    assertEquals(List.of("platform", "auth", "users", "transactions", "ml", "notifications", "analytics"),
        SchemaRegistrations.find(getClass().getClassLoader()));
  }
}
