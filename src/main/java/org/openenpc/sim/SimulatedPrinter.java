package org.openenpc.sim;

import java.net.Inet4Address;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.SplittableRandom;

import org.openenpc.protocol.Hex;

/**
 * One simulated printer: its identity (address, profile, model, card name, MAC, network settings),
 * its current status and its socket. Identity is fixed at construction; {@link #setStatus} may be
 * called from any thread while the simulator runs. The socket and the fault-injection random are
 * used only by the simulator thread ("enpc-sim").
 */
public final class SimulatedPrinter {

    /** Epson's IEEE OUI 64:EB:8C; the low three bytes come from the address, so MACs are unique and stable. */
    static final byte[] EPSON_OUI = {(byte) 0x64, (byte) 0xEB, (byte) 0x8C};

    private final PrinterSpec spec;
    private final int index;
    private final boolean silent;
    private final byte[] mac;
    private volatile SimStatus status;
    private volatile int port;

    /** Sim thread only: set while binding, before the thread starts. */
    DatagramChannel channel;
    /** Sim thread only: this printer's own fault draws, so its fate does not depend on other printers'. */
    SplittableRandom random;

    SimulatedPrinter(PrinterSpec spec, int index, boolean silent) {
        this.spec = spec;
        this.index = index;
        this.silent = silent;
        this.mac = macFor(spec.ip());
        this.status = spec.status();
    }

    /** 64:eb:8c followed by the low 24 bits of the IPv4 address (127.0.1.5 → 64:eb:8c:00:01:05). */
    static byte[] macFor(Inet4Address ip) {
        byte[] a = ip.getAddress();
        return new byte[] {EPSON_OUI[0], EPSON_OUI[1], EPSON_OUI[2], a[1], a[2], a[3]};
    }

    public Inet4Address ip() {
        return spec.ip();
    }

    /** Dotted quad, e.g. "127.0.1.5". */
    public String address() {
        return spec.ip().getHostAddress();
    }

    /** The UDP port it listens on (the simulator's port), 0 before it is bound. */
    public int port() {
        return port;
    }

    void port(int p) {
        this.port = p;
    }

    /** Position in the simulator's list, 0-based (printer number − 1 on the command line). */
    public int index() {
        return index;
    }

    public PrinterSpec spec() {
        return spec;
    }

    public PrinterProfile profile() {
        return spec.profile();
    }

    public String model() {
        return spec.model();
    }

    public String cardName() {
        return spec.cardName();
    }

    public Inet4Address mask() {
        return spec.mask();
    }

    public Inet4Address gateway() {
        return spec.gateway();
    }

    public Duration extraDelay() {
        return spec.extraDelay();
    }

    /** True when it never answers: its spec says so, or the fault settings chose it. */
    public boolean silent() {
        return silent;
    }

    /** A copy of the six MAC bytes. */
    public byte[] mac() {
        return mac.clone();
    }

    /** "64:eb:8c:00:01:05", the form EnpcCodec decodes. */
    public String macText() {
        return Hex.of(mac).replace(' ', ':');
    }

    public SimStatus status() {
        return status;
    }

    /** Changes what the next Q 03-0010 reply reports. Any thread. */
    public void setStatus(SimStatus s) {
        if (s == null) {
            throw new IllegalArgumentException("status must not be null");
        }
        this.status = s;
    }

    @Override
    public String toString() {
        return "SimulatedPrinter[" + address() + " " + profile().cliName() + " \"" + model() + "\" " + macText() + "]";
    }
}
