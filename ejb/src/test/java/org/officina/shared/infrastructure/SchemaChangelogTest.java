package org.officina.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The changelog must apply to every database Officina supports. No Oracle server runs here, so
 * Liquibase renders the SQL it would run (offline mode) and any change it cannot express for a
 * database fails the build.
 */
class SchemaChangelogTest {

  @ParameterizedTest
  @ValueSource(strings = {"oracle", "postgresql", "h2"})
  void the_changelog_renders_as_sql_for_each_supported_database(String database) throws Exception {
    String sql = render(database);
    assertThat(sql).containsIgnoringCase("CREATE TABLE").containsIgnoringCase("item");
    assertThat(sql).containsIgnoringCase("CREATE SEQUENCE");
  }

  @Test
  void oracle_gets_its_own_types() throws Exception {
    assertThat(render("oracle")).contains("code VARCHAR2(40)").contains("id NUMBER(38, 0)");
  }

  private static String render(String databaseName) throws Exception {
    Path history = Files.createTempFile("liquibase-" + databaseName, ".csv");
    Files.delete(history);
    ClassLoaderResourceAccessor resources =
        new ClassLoaderResourceAccessor(SchemaChangelogTest.class.getClassLoader());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Scope.child(
        Map.of(Scope.Attr.resourceAccessor.name(), resources),
        () -> {
          Database database =
              DatabaseFactory.getInstance()
                  .openDatabase(
                      "offline:" + databaseName + "?changeLogFile=" + history,
                      null,
                      null,
                      null,
                      resources);
          new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
              .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
              .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, SchemaMigration.CHANGELOG)
              .setOutput(out)
              .execute();
        });
    return out.toString(StandardCharsets.UTF_8);
  }
}
