package dev.vlb.engine.configuration;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** A part a model plays in a run; each is configured under {@code vlb.<role>.*}. */
@API(status = INTERNAL, since = "0.1")
public enum ModelRole {
  /** The model under test. */
  MODEL,
  /** Checks that a variant keeps the original's answer. */
  JUDGE,
  /** Plans image edits (what to add or remove, and where). */
  PLANNER,
  /** Grades open-ended answers against the reference. */
  GRADER;

  /** As in the keys, e.g. {@code judge}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The key of this role, e.g. {@code JUDGE.key("url")} is {@code vlb.judge.url}. */
  public String key(String suffix) {
    return ConfigurationKeys.roleKey(id(), suffix);
  }
}
