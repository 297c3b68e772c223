package org.openenpc.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openenpc.ipp.IppSettings;
import org.openenpc.ipp.IppTrust;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The IPP options {@code scan}, {@code status} and {@code watch} share (a picocli mixin). IPP is on by default:
 * {@code status} asks its printer, a scan reads the printers DNS-SD announces and those known over IPP;
 * {@link Probing} adds {@code --ipp-probe} for scans.
 */
class IppOptions {

    /** The scan commands' options: these and {@code --ipp-probe}. */
    static final class Probing extends IppOptions {

        @Option(names = "--ipp-probe", description = "Also ask every --range address and every printer found over IPP"
                + " (one TCP connection each, at --rate; finds IPP-only printers without DNS-SD). Off by default.")
        boolean probe;

        @Override
        boolean probe() {
            return probe;
        }
    }

    @Option(names = "--no-ipp", description = "Do not read printers over IPP.")
    boolean off;

    @Option(names = "--ipp-port", paramLabel = "N", defaultValue = "631",
            description = "IPP port asked where no announcement names one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--ipp-timeout", paramLabel = "MS", defaultValue = "4000",
            description = "Longest one IPP read may take, connection included (default: ${DEFAULT-VALUE} ms).")
    long timeoutMs;

    @Option(names = "--ipp-accept-cert", paramLabel = "SHA256",
            description = "Accept this printer certificate over ipps (its SHA-256 fingerprint, as an untrusted"
                    + " printer's message shows it); repeat for several. Without it only certificates the JDK"
                    + " trusts are accepted.")
    List<String> acceptedCertificates = new ArrayList<>();

    /** Whether every target is asked ({@code status}: its one address is). */
    boolean probe() {
        return true;
    }

    /** The settings, or null with {@code --no-ipp}; a bad value is a one-line usage error. */
    IppSettings settings(CommandSpec spec) {
        boolean probe = probe();
        if (off) {
            if (probe && this instanceof Probing) {
                throw new ParameterException(spec.commandLine(), "--ipp-probe and --no-ipp contradict each other.");
            }
            return null;
        }
        try {
            if (timeoutMs < 100 || timeoutMs > 60_000) {
                throw new IllegalArgumentException("IPP timeout of " + timeoutMs + " ms is out of range; use 100–60000.");
            }
            IppTrust trust = IppTrust.system();
            for (String sha : acceptedCertificates) {
                trust = trust.accepting(sha);
            }
            Duration whole = Duration.ofMillis(timeoutMs);
            Duration connect = whole.compareTo(IppSettings.DEFAULT_CONNECT_TIMEOUT) < 0 ? whole
                    : IppSettings.DEFAULT_CONNECT_TIMEOUT;
            return IppSettings.defaults().withPort(port).withProbe(probe).withTrust(trust)
                    .withTimeouts(connect, whole);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
