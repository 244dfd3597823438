package io.zhengku.testkit.fabric;

/**
 * What a command printed (standard output and error together) and its exit status.
 *
 * @param exitStatus the process's exit status
 * @param output everything it printed
 */
public record CommandResult(int exitStatus, String output) {

    public boolean succeeded() {
        return exitStatus == 0;
    }

    /** This result, or an {@link IllegalStateException} naming the command and its output when it failed. */
    public CommandResult orFail(String what) {
        if (!succeeded()) {
            throw new IllegalStateException(what + " failed (exit " + exitStatus + "):\n" + output);
        }
        return this;
    }
}
