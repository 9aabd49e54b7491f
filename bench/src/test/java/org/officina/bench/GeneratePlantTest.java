package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratePlantTest {

  private static final List<String> FILES =
      List.of(
          "calendars.csv",
          "items.csv",
          "suppliers.csv",
          "warehouses.csv",
          "departments.csv",
          "work_centers.csv",
          "bom.csv",
          "routings.csv",
          "stock.csv",
          "supply.csv",
          "demand.csv");

  @TempDir Path dir;

  @Test
  void the_same_arguments_write_byte_identical_files() throws IOException {
    Path first = generate(1000, 7, "first");
    Path second = generate(1000, 7, "second");
    for (String file : FILES) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void another_seed_writes_another_plant() throws IOException {
    Path seven = generate(1000, 7, "seven");
    Path eight = generate(1000, 8, "eight");
    assertThat(Files.readAllBytes(eight.resolve("bom.csv")))
        .isNotEqualTo(Files.readAllBytes(seven.resolve("bom.csv")));
  }

  @Test
  void writes_every_file_and_sums_up_its_rows() throws IOException {
    List<String> summary =
        GeneratePlant.run(
            new PlantArguments(1000, 7, dir.resolve("plant"), LocalDate.of(2027, 1, 4)));
    assertThat(summary).extracting(line -> line.split(" ")[0]).containsExactlyElementsOf(FILES);
    assertThat(summary).contains("items.csv 1000");
    for (String line : summary) {
      String[] file = line.split(" ");
      assertThat(rows(dir.resolve("plant").resolve(file[0])))
          .as(file[0])
          .hasSize(Integer.parseInt(file[1]));
    }
  }

  @Test
  void bills_name_only_items_of_the_plant_and_no_item_is_below_itself() throws IOException {
    Path plant = generate(2000, 11, "plant");
    Set<String> items = new HashSet<>();
    rows(plant.resolve("items.csv")).forEach(row -> items.add(row[0]));
    Map<String, Set<String>> components = components(plant);
    assertThat(components.keySet()).isSubsetOf(items);
    components.values().forEach(children -> assertThat(children).isSubsetOf(items));
    Map<String, Integer> depth = new HashMap<>();
    for (String item : items) {
      depth(item, components, depth, new HashSet<>()); // throws on a cycle
    }
  }

  @Test
  void end_items_have_bills_3_to_7_levels_deep_and_every_other_item_a_parent() throws IOException {
    Path plant = generate(2000, 11, "plant");
    Map<String, Set<String>> components = components(plant);
    Set<String> used = new HashSet<>();
    components.values().forEach(used::addAll);
    Map<String, Integer> depth = new HashMap<>();
    List<String> endItems =
        rows(plant.resolve("items.csv")).stream()
            .map(row -> row[0])
            .filter(item -> !used.contains(item))
            .toList();
    assertThat(endItems).hasSizeBetween(80, 100); // about 4.5% of the items
    for (String endItem : endItems) {
      assertThat(depth(endItem, components, depth, new HashSet<>()) + 1)
          .as(endItem + " levels")
          .isBetween(3, 7);
    }
  }

  private Path generate(int items, long seed, String name) throws IOException {
    Path out = dir.resolve(name);
    GeneratePlant.run(new PlantArguments(items, seed, out, LocalDate.of(2027, 1, 4)));
    return out;
  }

  /** The data rows of a file, split on commas (enough for the codes in the first columns). */
  private static List<String[]> rows(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.skip(1).map(line -> line.split(",", -1)).toList();
    }
  }

  private static Map<String, Set<String>> components(Path plant) throws IOException {
    Map<String, Set<String>> components = new HashMap<>();
    for (String[] line : rows(plant.resolve("bom.csv"))) {
      components.computeIfAbsent(line[0], parent -> new HashSet<>()).add(line[1]);
    }
    return components;
  }

  /** The longest path down from the item, in bill lines. */
  private static int depth(
      String item,
      Map<String, Set<String>> components,
      Map<String, Integer> depth,
      Set<String> path) {
    Integer known = depth.get(item);
    if (known != null) {
      return known;
    }
    assertThat(path.add(item)).as("a cycle through " + item).isTrue();
    int deepest = 0;
    for (String component : components.getOrDefault(item, Set.of())) {
      deepest = Math.max(deepest, 1 + depth(component, components, depth, path));
    }
    path.remove(item);
    depth.put(item, deepest);
    return deepest;
  }
}
