package io.zhengku.problem;

/**
 * Marks an exception whose message names no personal data or file contents (only buckets, digests, hosts),
 * so that {@link ProblemHandler} may log it when it answers 500; other messages may quote request values and
 * are left out of the log.
 */
public interface SafeToLog {
}
