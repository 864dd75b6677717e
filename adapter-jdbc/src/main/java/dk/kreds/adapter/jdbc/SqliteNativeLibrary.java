package dk.kreds.adapter.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Loads sqlite-jdbc's native library from one fixed copy per driver version instead of a fresh copy in
 * the temporary folder on every start, which costs a command-line run 100 ms and more. The copy lives
 * in the user's cache folder ({@code $XDG_CACHE_HOME/kreds}, by default {@code ~/.cache/kreds}), is
 * written once (to a temporary name, then moved into place, so processes starting together never see
 * half a file), and is used through the driver's own {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}. When anything goes wrong, or those are set already, the driver does
 * as it always did.
 */
final class SqliteNativeLibrary {

  private static boolean settled;

  private SqliteNativeLibrary() {}

  /** Points the driver at the fixed copy, making it first when missing; once per process. */
  static synchronized void useFixedCopy() {
    if (settled || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    settled = true;
    cacheFolder().flatMap(SqliteNativeLibrary::extract).ifPresent(library -> {
      System.setProperty("org.sqlite.lib.path", library.getParent().toString());
      System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
      // The driver lists its temporary folder for stale copies on start; ours holds only this one.
      System.setProperty("org.sqlite.tmpdir", library.getParent().toString());
    });
  }

  private static Optional<Path> cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "kreds"));
    }
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "kreds"));
  }

  /**
   * The driver's library for this platform, copied under {@code cache} unless a copy of the same size is
   * there already; empty when the driver has none for this platform or the copy cannot be written.
   */
  static Optional<Path> extract(Path cache) {
    String resource = resource(cache);
    URL url = SQLiteJDBCLoader.class.getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + resource.replace('/', '-'));
    Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
    try {
      URLConnection connection = url.openConnection();
      long size = connection.getContentLengthLong();
      if (Files.isRegularFile(library) && Files.size(library) == size) {
        return Optional.of(library);
      }
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, "partial-", ".so");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
      return Optional.of(library);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The driver's resource path of its library for this platform, remembered in {@code cache} per driver
   * version and JVM platform (os.name, os.arch): the driver works it out (OSInfo) by running
   * {@code uname} in a child process, which costs a run more than loading the library. A wrong answer
   * (two C libraries on one platform sharing a home) only fails the load, and the driver then extracts
   * the library itself, as it always did.
   */
  private static String resource(Path cache) {
    String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replace(' ', '-');
    Path remembered = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform + ".resource");
    try {
      String known = Files.readString(remembered).strip();
      if (!known.isEmpty()) {
        return known;
      }
    } catch (IOException | RuntimeException notYet) {
      // asked below, and remembered
    }
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try {
      Files.createDirectories(cache);
      Path partial = Files.createTempFile(cache, "partial-", ".resource");
      Files.writeString(partial, resource);
      Files.move(partial, remembered, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // asked again next time
    }
    return resource;
  }
}
