package io.zhengku.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's CPU went, from the {@code jdk.ExecutionSample} events of a JFR recording: each sample is a Java
 * thread caught running Java code, counted three ways — by its top frame's method (self), by that method's
 * package group, and by the first frame of our own code ({@code io.zhengku.}) from the top (inclusive).
 */
final class CpuProfile {

    static final String OWN_CODE = "io.zhengku.";
    static final String FRAMEWORK_ONLY = "(framework/JDK only)";
    /** JFR keeps 64 frames by default: a deep stack can lose its own frames at the bottom, which is not the same. */
    static final String TRUNCATED = "(stack truncated above any io.zhengku frame)";
    static final String NO_STACK = "(no stack trace)";

    private final SampleCounts self = new SampleCounts();
    private final SampleCounts packages = new SampleCounts();
    private final SampleCounts ownCode = new SampleCounts();
    private long samples;
    private Instant first = Instant.MAX;
    private Instant last = Instant.MIN;
    private String jvm;

    private CpuProfile() {
    }

    /** Reads the recording event by event: a busy service's 30 s recording is tens of MB. */
    static CpuProfile read(Path recording) throws IOException {
        CpuProfile profile = new CpuProfile();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                profile.add(file.readEvent());
            }
        }
        return profile;
    }

    private void add(RecordedEvent event) {
        first = event.getStartTime().isBefore(first) ? event.getStartTime() : first;
        last = event.getEndTime().isAfter(last) ? event.getEndTime() : last;
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> addSample(event.getStackTrace());
            case "jdk.JVMInformation" -> jvm = jvm != null ? jvm : describeJvm(event);
            default -> { }
        }
    }

    private void addSample(RecordedStackTrace stack) {
        samples++;
        List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
        if (frames.isEmpty()) {
            self.add(NO_STACK);
            packages.add(NO_STACK);
            ownCode.add(NO_STACK);
            return;
        }
        String topClass = frames.get(0).getMethod().getType().getName();
        self.add(methodName(frames.get(0)));
        packages.add(packageGroup(topClass));
        ownCode.add(frames.stream().filter(frame -> frame.getMethod().getType().getName().startsWith(OWN_CODE))
                .findFirst().map(CpuProfile::methodName)
                .orElse(stack.isTruncated() ? TRUNCATED : FRAMEWORK_ONLY));
    }

    private static String describeJvm(RecordedEvent information) {
        String command = information.hasField("javaArguments") ? information.getString("javaArguments") : null;
        String pid = information.hasField("pid") ? " pid " + information.getLong("pid") : "";
        return "JVM" + pid + (command == null || command.isBlank() ? "" : " running " + command.strip());
    }

    static String methodName(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The first three segments of a class's package, e.g. {@code org.bouncycastle.math} for its EC classes. */
    static String packageGroup(String className) {
        int end = className.lastIndexOf('.');
        if (end < 0) {
            return "(default package)";
        }
        String[] segments = className.substring(0, end).split("\\.");
        return String.join(".", List.of(segments).subList(0, Math.min(3, segments.length)));
    }

    long samples() {
        return samples;
    }

    Duration span() {
        return first.isAfter(last) ? Duration.ZERO : Duration.between(first, last);
    }

    /** The recorded JVM's pid and main class or jar with its arguments, when the recording has them. */
    Optional<String> jvm() {
        return Optional.ofNullable(jvm);
    }

    SampleCounts self() {
        return self;
    }

    SampleCounts packages() {
        return packages;
    }

    SampleCounts ownCode() {
        return ownCode;
    }
}
