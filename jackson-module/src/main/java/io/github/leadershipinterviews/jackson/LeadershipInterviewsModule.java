package io.github.leadershipinterviews.jackson;

import tools.jackson.databind.module.SimpleModule;

/**
 * STUB: the Jackson module for the leadership-interviews model; to be written by the JSON issue.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
 * }</pre>
 */
public final class LeadershipInterviewsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public LeadershipInterviewsModule() {
    super("io.github.leadershipinterviews.jackson");
  }
}
