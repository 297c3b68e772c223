package org.openenpc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A test process: runs {@code status ADDRESS} once for each argument (ENPC only, one quick try to
 * port 9) and prints one line per run: the address, the exit code and stderr with line breaks as
 * {@code \n}. {@link SingleHostCheckTest} runs it inside an empty network namespace.
 */
public final class StatusRuns {
    private StatusRuns() {
    }

    public static void main(String[] args) {
        for (String address : args) {
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "status", address,
                    "--no-snmp", "--port", "9", "--timeout", "100", "--retries", "0");
            System.out.println(address + "\t" + code + "\t" + err.toString().strip().replace("\n", "\\n"));
        }
    }
}
