package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedTrainingSetTest {

  /** The taxonomy lives in ejb-transactions; the test reads its migration so the labels cannot drift. */
  private static final Path TAXONOMY =
      Path.of("..", "ejb-transactions", "src", "main", "resources", "db", "migration", "transactions",
          "V1__categories_and_rules.sql");

  @Test
  void heldOutAndTrainingNeverShareABrand() {
    Set<String> training = new HashSet<>();
    Set<String> heldOut = new HashSet<>();
    for (SeedTrainingSet.Example example : SeedTrainingSet.examples()) {
      (example.heldOut() ? heldOut : training).add(example.group());
    }
    Set<String> shared = new HashSet<>(training);
    shared.retainAll(heldOut);
    assertEquals(Set.of(), shared);
    // and the same normalized merchant never appears under two groups on both sides
    Set<String> trainingMerchants = SeedTrainingSet.examples().stream().filter(e -> !e.heldOut())
        .map(e -> DescriptorNormalizer.normalize(e.labelled().text().merchantName()))
        .filter(m -> m.length() > 3).collect(Collectors.toSet());
    long leaked = SeedTrainingSet.examples().stream().filter(SeedTrainingSet.Example::heldOut)
        .filter(e -> e.group().startsWith("nsi:"))
        .map(e -> DescriptorNormalizer.normalize(e.labelled().text().merchantName()))
        .filter(trainingMerchants::contains).count();
    assertTrue(leaked < SeedTrainingSet.heldOut().size() / 50, "held-out brands seen in training: " + leaked);
  }

  @Test
  void aboutOneFifthIsHeldOutDeterministically() {
    double share = SeedTrainingSet.heldOut().size() / (double) SeedTrainingSet.examples().size();
    assertTrue(share > 0.15 && share < 0.25, "held-out share " + share);
    assertEquals(SeedTrainingSet.isHeldOut("nsi:starbucks"), SeedTrainingSet.isHeldOut("nsi:starbucks"));
    assertEquals(SeedTrainingSet.training().size() + SeedTrainingSet.heldOut().size(),
        SeedTrainingSet.examples().size());
  }

  @Test
  void everyLabelIsADetailedSlugOfTheTaxonomy() throws IOException {
    Set<String> slugs = new HashSet<>();
    Matcher matcher = Pattern.compile("\\('([a-z_]+\\.[a-z0-9_]+)',").matcher(Files.readString(TAXONOMY));
    while (matcher.find()) {
      slugs.add(matcher.group(1));
    }
    assertTrue(slugs.size() > 100, "taxonomy not found or changed shape");
    Set<String> labels = SeedTrainingSet.examples().stream().map(e -> e.labelled().category())
        .collect(Collectors.toSet());
    Set<String> unknown = new HashSet<>(labels);
    unknown.removeAll(slugs);
    assertEquals(Set.of(), unknown);
    assertTrue(labels.size() >= 90, "only " + labels.size() + " categories covered");
  }

  @Test
  void hasAVersionAndCoversNonMerchantLinesInFourLanguages() {
    assertFalse(SeedTrainingSet.version().isBlank());
    Set<String> languages = SeedTrainingSet.examples().stream().map(SeedTrainingSet.Example::group)
        .filter(g -> g.startsWith("phrase:")).map(g -> g.split(":")[1]).collect(Collectors.toSet());
    assertTrue(languages.containsAll(Set.of("en", "de", "fr", "es")), languages::toString);
    assertTrue(SeedTrainingSet.examples().stream()
        .anyMatch(e -> e.labelled().category().equals("income.wages") && e.labelled().text().amount().signum() > 0));
  }
}
