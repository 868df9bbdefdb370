package dev.vlb.engine.result;

/** Who produced a suite's results, recorded with each of them. */
public record SuiteLabels(String suite, String dataset, String model, String judge) {}
