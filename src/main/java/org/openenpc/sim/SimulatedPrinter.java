package org.openenpc.sim;

import java.net.Inet4Address;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.openenpc.protocol.Hex;

/**
 * One simulated printer: its identity (address, profile, model, card name, MAC, network settings),
 * its current {@link SimState} (status, errors, supply levels, page count) and its sockets. Identity
 * is fixed at construction; {@link #setStatus}, {@link #raise}, {@link #clear} and {@link #print}
 * may be called from any thread while the simulator runs (they are serialised on the printer and
 * publish a new immutable state, which the ENPC, SNMP and IPP threads read without locking). The ENPC
 * socket and the fault-injection random are used only by the simulator thread ("enpc-sim").
 */
public final class SimulatedPrinter {

    /** Epson's IEEE OUI 64:EB:8C; the low three bytes come from the address, so MACs are unique and stable. */
    static final byte[] EPSON_OUI = {(byte) 0x64, (byte) 0xEB, (byte) 0x8C};

    private final PrinterSpec spec;
    private final int index;
    private final boolean silent;
    /** Switched off at run time ({@link #setPoweredOff}): answers neither ENPC, SNMP nor IPP. */
    private volatile boolean poweredOff;
    private final byte[] mac;
    private volatile SimState state;
    private volatile int port;
    private volatile int snmpPort;
    private volatile int ippPort;
    /** System.nanoTime() of the last page printed; IPP says "processing" for a while after it. */
    private volatile long lastPageNanos;
    private volatile boolean printedAny;
    private volatile boolean snmpSilent;
    /** Supplies (indexes into the profile's) whose ST2 ink entry says "level not reported". */
    private volatile Set<Integer> st2Unreported = Set.of();
    /** The last SNMP view built and what it was built from; rebuilt lazily when either changes. */
    private volatile Snapshot snapshot;

    private record Snapshot(SimState state, Set<Integer> st2Unreported, MibView view) {
    }

    /** Sim thread only: set while binding, before the thread starts. */
    DatagramChannel channel;
    /** Sim thread only: this printer's own fault draws, so its fate does not depend on other printers'. */
    SplittableRandom random;

    SimulatedPrinter(PrinterSpec spec, int index, boolean silent) {
        this.spec = spec;
        this.index = index;
        this.silent = silent;
        this.mac = spec.mac() != null ? spec.mac() : macFor(spec.profile(), spec.ip());
        this.state = SimState.initial(spec.status(), spec.profile().snmp(), index);
    }

    /** 64:eb:8c followed by the low 24 bits of the IPv4 address (127.0.1.5 → 64:eb:8c:00:01:05). */
    static byte[] macFor(Inet4Address ip) {
        return macFor(PrinterProfile.TM_T88V, ip);
    }

    /** The profile's maker prefix ({@link IppProfile#oui()}) followed by the low 24 bits of the address. */
    static byte[] macFor(PrinterProfile profile, Inet4Address ip) {
        byte[] a = ip.getAddress();
        byte[] oui = profile.ipp().oui();
        return new byte[] {oui[0], oui[1], oui[2], a[1], a[2], a[3]};
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
        return silent || poweredOff;
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
        return state.status();
    }

    /** Changes what the next Q 03-0010 reply (and SNMP, for cover, paper and offline) reports. Any thread. */
    public synchronized void setStatus(SimStatus s) {
        if (s == null) {
            throw new IllegalArgumentException("status must not be null");
        }
        this.state = state.withStatus(s);
    }

    /** Everything that changes while it runs, as one consistent snapshot. Any thread. */
    public SimState state() {
        return state;
    }

    /** The errors now in force. Any thread. */
    public java.util.Set<SimError> errors() {
        return state.errors();
    }

    /**
     * Puts the printer into {@code e} (see {@link SimError} for where it shows). Returns this printer.
     * IllegalArgumentException when the profile cannot have it (ink out needs ink or toner, a full
     * waste-ink pad an inkjet). Any thread.
     */
    public synchronized SimulatedPrinter raise(SimError e) {
        this.state = state.raise(e, profile().snmp());
        return this;
    }

    /** Ends {@code e}: paper loaded, jam removed, cover closed, empty cartridges refilled, pad replaced. Any thread. */
    public synchronized SimulatedPrinter clear(SimError e) {
        this.state = state.clear(e, profile().snmp());
        return this;
    }

    /**
     * Prints up to {@code pages} pages: the page count rises and the supplies drain, page by page,
     * until an error stops the printer (an empty cartridge raises {@link SimError#INK_OUT}). Returns
     * how many pages were printed: 0 while an error or offline blocks it. Any thread.
     */
    public synchronized int print(int pages) {
        SimState before = state;
        SimState after = before.print(pages, profile().snmp());
        this.state = after;
        int printed = (int) (after.pages() - before.pages());
        if (printed > 0) {
            lastPageNanos = System.nanoTime();
            printedAny = true;
        }
        return printed;
    }

    /** True when a page was printed within the last {@code windowNanos} nanoseconds. Any thread. */
    public boolean printedWithin(long windowNanos) {
        return printedAny && System.nanoTime() - lastPageNanos < windowNanos;
    }

    /** False for other makers' printers (see {@link PrinterProfile#answersEnpc()}): their ENPC socket ignores everything. */
    public boolean answersEnpc() {
        return profile().answersEnpc();
    }

    /** True when its profile answers IPP; it then gets an IPP listener when the simulator serves IPP. */
    public boolean answersIpp() {
        return profile().ipp().answers();
    }

    /** The TCP port its IPP listener accepts on; 0 when it has none (IPP off, or not {@link #answersIpp()}). */
    public int ippPort() {
        return ippPort;
    }

    void ippPort(int p) {
        this.ippPort = p;
    }

    /** True when this printer has an SNMP agent: its profile answers SNMP and its spec does not switch it off. */
    public boolean answersSnmp() {
        return profile().snmp().answers() && !spec.snmpDisabled();
    }

    /**
     * Makes its SNMP agent ignore every request from now on ({@code true}) or answer again: a printer
     * whose community was changed or whose SNMP was switched off in its web page, while ENPC still
     * answers. No effect on a printer without an agent. Any thread.
     */
    public void setSnmpSilent(boolean silent) {
        this.snmpSilent = silent;
    }

    /**
     * Switches the printer off ({@code true}: it answers nothing, ENPC, SNMP or IPP, from now on) or on
     * again: a printer unplugged between two scans. Any thread.
     */
    public void setPoweredOff(boolean off) {
        this.poweredOff = off;
    }

    /** True while {@link #setPoweredOff} keeps it off. */
    public boolean poweredOff() {
        return poweredOff;
    }

    /** True while {@link #setSnmpSilent} keeps its SNMP agent from answering. */
    public boolean snmpSilent() {
        return snmpSilent;
    }

    /** The UDP port its SNMP agent listens on; 0 when it has none (SNMP off, or not {@link #answersSnmp()}). */
    public int snmpPort() {
        return snmpPort;
    }

    void snmpPort(int p) {
        this.snmpPort = p;
    }

    /**
     * What its SNMP agent serves right now: built from the current state on first use after a change
     * and kept until the next change. Any thread (two threads may build the same view once each).
     */
    public MibView mib() {
        SimState s = state;
        Set<Integer> unreported = st2Unreported;
        Snapshot snap = snapshot;
        if (snap == null || snap.state() != s || snap.st2Unreported() != unreported) {
            snap = new Snapshot(s, unreported, PrinterMib.build(this, s, unreported));
            snapshot = snap;
        }
        return snap.view();
    }

    /**
     * Makes the synthetic ST2 ink entry of the supply at {@code supplyIndex} (0-based, in the
     * profile's {@link SnmpProfile#supplies()}) say 0x69, "cartridge in, level not reported"
     * (PROTOCOL.md §4), while the Printer-MIB goes on reporting its level ({@code false}), or report
     * the level again ({@code true}): a printer whose two sources disagree, as in issue 10. Returns
     * this printer. IllegalArgumentException unless the profile serves a synthetic ST2 block with an
     * ink entry for that supply. Any thread.
     */
    public synchronized SimulatedPrinter setSt2LevelReported(int supplyIndex, boolean reported) {
        SnmpProfile sp = profile().snmp();
        if (sp.st2() != SnmpProfile.St2Kind.SYNTHETIC || supplyIndex < 0 || supplyIndex >= sp.supplies().size()
                || sp.supplies().get(supplyIndex).st2Colour() < 0) {
            throw new IllegalArgumentException("supply " + supplyIndex + " of profile " + profile().cliName()
                    + " has no synthetic ST2 ink entry");
        }
        Set<Integer> next = new TreeSet<>(st2Unreported);
        if (reported) {
            next.remove(supplyIndex);
        } else {
            next.add(supplyIndex);
        }
        this.st2Unreported = Set.copyOf(next);
        return this;
    }

    @Override
    public String toString() {
        return "SimulatedPrinter[" + address() + " " + profile().cliName() + " \"" + model() + "\" " + macText() + "]";
    }
}
