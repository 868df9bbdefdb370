package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Who produced a suite's results, recorded with each of them. */
@API(status = INTERNAL, since = "0.1")
public record SuiteLabels(String suite, String dataset, String model, String judge) {}
