package io.github.leadershipinterviews.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The artifact's version, read from {@code version.properties}, which the build writes by resource filtering. */
final class PackageVersion {

  static final Version VERSION = load("version.properties");

  private PackageVersion() {}

  static Version load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + PackageVersion.class.getName());
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}
