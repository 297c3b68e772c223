package org.openenpc.netns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Which processes hold which sockets, read from /proc (no ss or netstat needed). */
public final class ProcSockets {

    private ProcSockets() {
    }

    /**
     * The processes holding a UDP/IPv4 (or dual-stack) socket bound to {@code port}, as {@code "pid comm local-address"} (hex, as
     * /proc has it): /proc/net/udp's sockets on that port, matched by inode to the {@code socket:[inode]} links in
     * /proc/PID/fd. Inside {@link PrivateNetwork#runIsolated} /proc is the namespace's own, so these are its
     * processes and sockets only.
     */
    public static List<String> udp(int port) throws IOException {
        Map<String, String> local = new LinkedHashMap<>(); // inode -> local address
        // IPv4 sockets, and dual-stack ones (a JVM's by default), which /proc lists with the IPv6 sockets
        for (String file : new String[] {"/proc/net/udp", "/proc/net/udp6"}) {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                continue;
            }
            List<String> table = Files.readAllLines(path); // a heading, then one socket a line
            for (String l : table.subList(Math.min(1, table.size()), table.size())) {
                String[] f = l.strip().split("\\s+"); // sl local_address rem_address st ... uid timeout inode
                if (f.length > 9 && f[1].endsWith(":" + String.format("%04X", port))) {
                    local.put(f[9], f[1]);
                }
            }
        }
        List<String> holders = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
                    for (Path fd : fds.toList()) {
                        String target = Files.readSymbolicLink(fd).toString();
                        String inode = target.startsWith("socket:[") ? target.substring(8, target.length() - 1) : "";
                        if (local.containsKey(inode)) {
                            holders.add(proc.getFileName() + " " + Files.readString(proc.resolve("comm")).strip() + " "
                                    + local.get(inode));
                        }
                    }
                } catch (IOException e) {
                    // a process that ended meanwhile, or a fd closed while listed
                }
            }
        }
        return holders;
    }

}
