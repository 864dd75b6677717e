package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native library is copied to the cache once and then used from there. */
class SqliteNativeLibraryTest {

  @TempDir
  Path cache;

  @Test
  void givenAnEmptyCache_whenExtractedTwice_thenOneCopyWrittenOnceWithNothingLeftOver() throws Exception {
    Path first = SqliteNativeLibrary.extract(cache).orElseThrow();
    FileTime written = FileTime.fromMillis(0);
    Files.setLastModifiedTime(first, written);

    Path second = SqliteNativeLibrary.extract(cache).orElseThrow();

    assertThat(second).isEqualTo(first).startsWith(cache);
    assertThat(Files.getLastModifiedTime(second)).as("not written again").isEqualTo(written);
    assertThat(first.getFileName().toString()).contains("sqlitejdbc");
    assertThat(Files.size(first)).isGreaterThan(100_000);
    try (var files = Files.list(first.getParent())) {
      assertThat(files).containsExactly(first);
    }
  }

  @Test
  void givenARememberedResource_whenExtracted_thenThatResourceIsCopiedWithoutAskingThePlatformAgain() throws Exception {
    Path library = SqliteNativeLibrary.extract(cache).orElseThrow();
    Path remembered;
    try (var files = Files.list(cache)) {
      remembered = files.filter(file -> file.getFileName().toString().endsWith(".resource")).findFirst().orElseThrow();
    }
    String resource = Files.readString(remembered);
    assertThat(resource).endsWith("/" + library.getFileName());

    Files.writeString(remembered, "/no/such/library.so");
    assertThat(SqliteNativeLibrary.extract(cache)).as("the remembered answer is used").isEmpty();
    Files.writeString(remembered, resource);
    assertThat(SqliteNativeLibrary.extract(cache)).contains(library);
  }

  @Test
  void givenACopyOfTheWrongSize_whenExtracted_thenReplaced() throws Exception {
    Path library = SqliteNativeLibrary.extract(cache).orElseThrow();
    long size = Files.size(library);
    Files.write(library, new byte[] {1, 2, 3});

    assertThat(SqliteNativeLibrary.extract(cache)).contains(library);
    assertThat(Files.size(library)).isEqualTo(size);
  }
}
