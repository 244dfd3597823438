package io.zhengku.testkit.fabric;

import java.util.OptionalLong;

/**
 * One line of {@code network/status}: {@code KIND NAME STATE PORT PID HEIGHT}.
 *
 * @param kind {@code orderer}, {@code peer} or {@code chaincode}
 * @param name the orderer's name ({@code orderer1}) or the region ({@code shanghai})
 * @param up whether it runs
 * @param port its listening port
 * @param pid its process id while it runs
 * @param height the channel's height it holds, when it reports one
 */
public record NetworkProcess(String kind, String name, boolean up, int port, OptionalLong pid, OptionalLong height) {

    static NetworkProcess parse(String line) {
        String[] columns = line.trim().split(" +");
        if (columns.length != 6 || !(columns[2].equals("up") || columns[2].equals("down"))) {
            throw new IllegalArgumentException("not a network/status line: " + line);
        }
        return new NetworkProcess(columns[0], columns[1], columns[2].equals("up"), Integer.parseInt(columns[3]),
                number(columns[4]), number(columns[5]));
    }

    private static OptionalLong number(String column) {
        return column.equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(column));
    }
}
