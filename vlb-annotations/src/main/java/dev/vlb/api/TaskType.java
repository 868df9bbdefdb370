package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kind of answer an item expects, which decides how a reply is scored. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TaskType {
  /** "Yes" or "No" (MME style). */
  YES_NO,
  /** One option letter out of the item's choices (MMBench, SEEDBench style). */
  MULTIPLE_CHOICE,
  /** A word or number compared exactly after normalisation: a count, a colour, a shape. */
  SHORT_ANSWER,
  /** Free text scored by a grader model (MM-Vet, LLaVA-Bench style). */
  OPEN_ENDED
}
