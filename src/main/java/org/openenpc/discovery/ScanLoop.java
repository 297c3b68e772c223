package org.openenpc.discovery;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Observation;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;
import org.openenpc.model.RawReply;
import org.openenpc.model.RegistryChange;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.EnpcQuery;
import org.openenpc.protocol.EnpcReply;
import org.openenpc.protocol.EnpcRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of one scan's thread: a single non-blocking loop over one DatagramChannel that sends
 * discovery rounds and follow-ups, paced by the rate limiter, and receives every reply in between.
 * It never sleeps blindly: it waits in {@code select()} until the next send is allowed, the next
 * re-send is due or a reply arrives.
 */
final class ScanLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ScanLoop.class);
    private static final Set<EnpcQuery> FOLLOW_UPS = EnumSet.of(EnpcQuery.NIC_INFO, EnpcQuery.NETWORK_CONFIG,
            EnpcQuery.BASIC_INFO, EnpcQuery.CARD_INFO, EnpcQuery.STATUS);
    private static final int BATCH = 256;
    private static final long PROGRESS_EVERY = 100_000_000L;

    private final ScanScope scope;
    private final List<InetAddress> broadcasts;
    private final ScanListener listener;
    private final CompletableFuture<ScanSummary> done;
    private final DeviceRegistry registry;
    private final Set<EnpcQuery> followUpQueries;
    private final TargetPlan plan;
    private final DiscoveryRounds rounds;
    private final FollowUps followUps;
    private final RateLimiter limiter;
    private final ScanEnd end;
    private final ScanBudget budget;
    private final ScanGate gate;
    private final Set<String> warnings = new LinkedHashSet<>();
    // Direct buffers: a heap buffer would be copied into a temporary direct one on every send.
    private final ByteBuffer probe = direct(EnpcRequests.probe());
    private final ByteBuffer basicQuery = direct(EnpcRequests.query(EnpcQuery.BASIC_INFO));
    private final ByteBuffer in = ByteBuffer.allocateDirect(65_536);
    private final byte[] datagram = new byte[65_536];

    private volatile boolean cancelled;
    private volatile Selector selector;
    private int pendingBasicQuery = Integer.MIN_VALUE;
    private InetAddress pendingBasicBroadcast;
    private long start;
    private long lastActivity;
    /** When the first round's last broadcast went out (the listen window counts from there). */
    private long firstBroadcastSent;
    private long lastProgress;
    private long packetsSent;
    private long replies;
    private long malformed;
    private boolean deadlineReached;
    /** The scan's SNMP side; set when the loop starts. */
    private volatile ScanSnmp snmp;
    /** The scan's IPP side; set when the loop starts. */
    private volatile ScanIpp ipp;
    /** The scan's DNS-SD side; set when the loop starts. */
    private volatile ScanMdns mdns;
    /** The second sender of a fast sweep, or null (see {@link SweepSender#worthIt}). */
    private SweepSender sweep;
    /** Which of two unicast targets goes to the second sender. */
    private boolean toSweep;
    private final InterfaceSource interfaces;
    private final ReplyScope trusted;

    ScanLoop(ScanScope scope, List<InetAddress> broadcasts, ReplyScope trusted, ScanListener listener,
             DeviceRegistry registry, Set<EnpcQuery> extraQueries, CompletableFuture<ScanSummary> done,
             InterfaceSource interfaces) {
        this.done = done;
        this.interfaces = interfaces;
        this.trusted = trusted;
        this.scope = scope;
        this.broadcasts = List.copyOf(broadcasts);
        this.listener = listener;
        this.registry = registry;
        this.plan = scope.unicastPlan();
        long interval = ScanEnd.unmeasuredInterval(scope.quietTimeout());
        // Generous attempts: a follow-up costs one small packet, and at 30 % loss each way an exchange
        // fails half the time (0.51^16 ≈ 2e-5 left unanswered).
        int attempts = 4 * (scope.retries() + 1);
        ReplyLatencies latencies = new ReplyLatencies();
        this.end = new ScanEnd(scope.quietTimeout(), latencies);
        this.followUps = new FollowUps(attempts, latencies);
        this.budget = ScanBudget.of(scope, this.broadcasts.size(), interval, attempts);
        this.gate = new ScanGate(trusted, budget, warnings);
        this.rounds = new DiscoveryRounds(this.broadcasts, plan, scope.retries(), () -> end.roundInterval(gate.devices()),
                followUps::exchangeFailure);
        this.limiter = new RateLimiter(scope.rate());
        EnumSet<EnpcQuery> q = EnumSet.copyOf(FOLLOW_UPS);
        q.addAll(extraQueries);
        this.followUpQueries = q;
        if (this.broadcasts.isEmpty() && plan.isEmpty()) {
            warnings.add("Nothing to scan: no up, non-loopback IPv4 interface has a broadcast address; "
                    + "name targets with --broadcast or --range.");
        }
    }

    void cancel() {
        cancelled = true;
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    @Override
    public void run() {
        start = System.nanoTime();
        lastActivity = start;
        firstBroadcastSent = start;
        String error = "";
        Error fatal = null;
        try (Selector sel = Selector.open(); DatagramChannel channel = ScanSockets.open()) {
            selector = sel;
            channel.register(sel, SelectionKey.OP_READ);
            if (SweepSender.worthIt(plan.size(), scope.rate(), Runtime.getRuntime().availableProcessors())) {
                sweep = SweepSender.start(scope.port(), Thread.currentThread().getName() + "-sweep");
                sweep.channel().register(sel, SelectionKey.OP_READ);
            }
            snmp = ScanSnmp.open(scope, sel::wakeup, warnings);
            ipp = ScanIpp.open(scope, sel::wakeup);
            ipp.readKnown(registry, plan); // a refresh asks the known IPP printers again, where they answered
            mdns = ScanMdns.open(scope, broadcasts, interfaces, sel::wakeup, warnings);
            mdns.start(start);
            loop(sel, channel);
        } catch (IOException | RuntimeException e) {
            error = ScanSockets.describe(e);
            LOG.warn("Scan failed: {}", error, e);
        } catch (Error e) {
            // A missing class (a runtime built without a module the scan needs) or the like: the scan still ends,
            // with a sentence, so no caller waits for it forever.
            error = "the scan stopped on an internal error: " + e;
            LOG.error("Scan failed", e);
            fatal = e;
        } finally {
            if (sweep != null) {
                sweep.close();
                warnings.addAll(sweep.takeProblems());
            }
            if (snmp != null) {
                snmp.close(); // also on cancel: reads in flight end, the socket is released
            }
            if (ipp != null) {
                ipp.close();
            }
            if (mdns != null) {
                mdns.close(); // bounded, on its own thread: the scan does not wait for JmDNS
                String problem = mdns.problem();
                if (problem != null) {
                    warnings.add(problem);
                }
            }
        }
        ScanSummary summary = new ScanSummary(registry.snapshot(), progress(System.nanoTime()), rounds.roundsSent(),
                cancelled, error, new ArrayList<>(warnings), deadlineReached);
        safely(() -> listener.progress(summary.progress()));
        safely(() -> listener.finished(summary));
        done.complete(summary);
        if (fatal instanceof VirtualMachineError vm) {
            throw vm; // after the end is told: the thread's handler reports it too
        }
    }

    /** Completes when the scan has ended and its DNS-SD browser has closed (at once after the end without one). */
    CompletableFuture<Void> mdnsClosed() {
        return done.thenCompose(x -> mdns == null ? CompletableFuture.completedFuture(null) : mdns.closed());
    }

    /** This scan's SNMP session, or null without one (tests check that it is closed at the end). */
    SnmpEnricher snmp() {
        ScanSnmp s = snmp;
        return s == null ? null : s.enricher();
    }

    private void loop(Selector sel, DatagramChannel channel) throws IOException {
        while (!cancelled) {
            long now = System.nanoTime();
            receive(channel, now);
            if (sweep != null) {
                receive(sweep.channel(), now);
            }
            snmp.drain(registry, this::report, (ip, result) -> {
                var p = registry.deviceAt(ip);
                safely(() -> listener.snmpRead(ip, p, result));
            });
            mdns.tick(now);
            mdns.drain(registry, trusted, this::admitAnnounced, ipp, this::report);
            ipp.drain(registry, this::report, (ip, result) -> {
                var p = registry.deviceAt(ip);
                safely(() -> listener.ippRead(ip, p, result));
            });
            send(channel, now);
            if (isDone(now)) {
                return;
            }
            if (now - lastProgress >= PROGRESS_EVERY) {
                lastProgress = now;
                ScanProgress p = progress(now);
                safely(() -> listener.progress(p));
            }
            long waitNanos = nextWake(now) - System.nanoTime();
            if (waitNanos <= 0) {
                sel.selectNow();
            } else {
                sel.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos + 999_999)));
            }
            sel.selectedKeys().clear();
        }
    }

    private boolean isDone(long now) {
        boolean done = rounds.finished() && followUps.idle() && pendingBasicQuery == Integer.MIN_VALUE
                && (sweep == null || sweep.idle())
                && pendingBasicBroadcast == null && !snmp.wantsToSend() && now - lastActivity >= end.quiet()
                && (broadcasts.isEmpty() || now - firstBroadcastSent >= end.listenWindow())
                && snmp.settled(now) && mdns.settled(now) && ipp.settled();
        if (!done && now >= deadline()) {
            deadlineReached = true;
            warnings.add(budget.stoppedSentence(deadline() - start, !rounds.finished(), !followUps.idle(),
                    snmp.outstanding() + ipp.outstanding()));
            return true;
        }
        return done;
    }

    private long deadline() {
        return budget.deadline(start, gate.devices());
    }

    /**
     * When the loop must look again. Every deadline in the past that cannot be acted on at once is left out
     * or pushed to when it can: a due follow-up waits for the rate limiter, and a passed quiet time means
     * the scan waits on something else (rounds, follow-ups, SNMP reads), each with its own wake-up. Without
     * that the loop span in selectNow() while the limiter held back a backlog of follow-ups (about 45 % of
     * a core during a 1,000-printer refresh, SnmpBench (f)).
     */
    private long nextWake(long now) {
        long wake = now + PROGRESS_EVERY;
        long quietEnds = lastActivity + end.quiet();
        if (!broadcasts.isEmpty()) {
            quietEnds = Math.max(quietEnds, firstBroadcastSent + end.listenWindow());
        }
        if (quietEnds > now) {
            wake = Math.min(wake, quietEnds);
        }
        long sendable = now + limiter.nanosUntilNext();
        long followUpDue = followUps.nextDue();
        if (followUpDue != Long.MAX_VALUE) {
            wake = Math.min(wake, Math.max(followUpDue, sendable));
        }
        long roundAt = rounds.nextRoundAt();
        if (roundAt != Long.MAX_VALUE || pendingBasicQuery != Integer.MIN_VALUE || pendingBasicBroadcast != null) {
            wake = Math.min(wake, Math.max(roundAt, sendable));
        }
        if (snmp.wantsToSend() || ipp.wantsToSend()) {
            wake = Math.min(wake, sendable);
        }
        if (!mdns.settled(now)) {
            wake = Math.min(wake, Math.max(now + 1_000_000, mdns.wakeAt()));
        }
        return Math.min(Math.min(wake, snmp.wakeAt(now)), deadline());
    }

    private void send(DatagramChannel channel, long now) {
        for (int i = 0; i < BATCH && limiter.nanosUntilNext() == 0; i++) {
            if (!sendOne(channel, now)) {
                return;
            }
        }
    }

    /** Sends the most urgent packet; false when nothing is due. Follow-ups go first: they fill in rows. */
    private boolean sendOne(DatagramChannel channel, long now) {
        FollowUps.Pending p = followUps.takeDue(now);
        if (p != null) {
            transmit(channel, ByteBuffer.wrap(EnpcRequests.query(p.query)), Ipv4.toInet(p.ip));
            return true;
        }
        if (snmp.wantsToSend()) {
            take();
            return snmp.sendOne(now);
        }
        if (ipp.wantsToSend()) {
            take(); // one TCP connection
            return ipp.sendOne();
        }
        if (pendingBasicBroadcast != null) {
            InetAddress b = pendingBasicBroadcast;
            pendingBasicBroadcast = null;
            transmit(channel, basicQuery, b);
            return true;
        }
        if (pendingBasicQuery != Integer.MIN_VALUE) {
            int ip = pendingBasicQuery;
            pendingBasicQuery = Integer.MIN_VALUE;
            transmit(channel, basicQuery, Ipv4.toInet(ip));
            return true;
        }
        DiscoveryRounds.Target t = rounds.next(now);
        if (t == null) {
            return false;
        }
        lastActivity = now;
        if (t.isBroadcast() && rounds.round() == 0) {
            firstBroadcastSent = now;
        }
        if (t.isBroadcast()) {
            transmit(channel, probe, t.broadcast());
            pendingBasicBroadcast = t.broadcast();
        } else if (sweep != null && (toSweep = !toSweep) && sweep.offer(t.unicast())) {
            take(); // the Probe and the Q 03-0000, sent back to back by the second sender
            take();
            discoverBesides(t.unicast());
        } else {
            transmit(channel, probe, Ipv4.toInet(t.unicast()));
            pendingBasicQuery = t.unicast();
            discoverBesides(t.unicast());
        }
        return true;
    }

    /** The other protocols' discovery of a unicast target, where the scope asks for them. */
    private void discoverBesides(int ip) {
        if (scope.snmpDiscovery()) {
            snmp.discover(ip); // its two GETs queue behind the limiter; never broadcast
        }
        if (ipp.probes()) {
            ipp.read(ip); // once per scan, behind the limiter; never broadcast
        }
    }

    /** Takes the permit of one datagram; send() only calls when one is available. */
    private void take() {
        if (!limiter.tryAcquire()) {
            LOG.trace("sending slightly ahead of the rate limiter");
        }
    }

    private void transmit(DatagramChannel channel, ByteBuffer packet, InetAddress to) {
        take();
        packet.rewind();
        try {
            if (channel.send(packet, new InetSocketAddress(to, scope.port())) > 0) {
                packetsSent++;
            }
        } catch (IOException e) {
            // A broadcast address without a route, or a host the OS refuses: say so once, keep scanning.
            warnings.add("Cannot send to " + to.getHostAddress() + ": " + ScanSockets.describe(e));
        }
    }

    private void receive(DatagramChannel channel, long now) throws IOException {
        for (int i = 0; i < 4096; i++) {
            in.clear();
            SocketAddress from = channel.receive(in);
            if (from == null) {
                return;
            }
            in.flip();
            int len = in.remaining();
            in.get(datagram, 0, len);
            if (from instanceof InetSocketAddress isa && isa.getAddress() instanceof Inet4Address a4) {
                int ip = Ipv4.fromInet(a4);
                if (gate.inScope(ip)) {
                    handle(ip, len, now);
                }
            }
        }
    }

    private void handle(int ip, int len, long now) {
        EnpcReply reply = EnpcCodec.decode(datagram, 0, len);
        if (reply instanceof EnpcReply.Malformed m) {
            malformed++;
            LOG.debug("Malformed datagram from {}: {}", Ipv4.toDotted(ip), m.reason());
            return;
        }
        if (!reply.header().isReply()) {
            return; // a request (another client's broadcast); not ours to answer or count
        }
        boolean firstThisScan = !gate.answered(ip);
        if (firstThisScan && !gate.admit(ip)) {
            return;
        }
        replies++;
        EnpcQuery answered = EnpcQuery.of(reply.header().deviceType(), reply.header().function());
        String dotted = Ipv4.toDotted(ip);
        // "New" means new to this scan: a registry shared with earlier scans still gets fresh follow-ups.
        String source = firstThisScan ? (plan.contains(ip) ? "ENPC unicast" : "ENPC broadcast") : null;
        Printer known = registry.deviceAt(dotted);
        RawReply previous = known == null ? null : known.replies().get(reply.header().label());
        Observation o = ReplyMapper.observe(reply, dotted, Instant.now(), source, datagram, len, previous);
        ScanGate.Merged merged = gate.merge(ip, o, registry, this::report);
        RegistryChange change = merged.change();
        if (answered != null && !merged.conflict()) {
            // A reply with another device's MAC answers nothing of ours: the query is asked again (within
            // its attempts), so a flood cannot make us stop asking the printer itself.
            followUps.answered(ip, answered, now);
        }
        rounds.answered(ip, firstThisScan);
        if (firstThisScan) {
            Set<EnpcQuery> owed = EnumSet.copyOf(followUpQueries);
            owed.remove(answered);
            followUps.schedule(ip, owed, now);
            snmp.read(ip);
            if (ipp.probes()) {
                ipp.read(ip);
            }
        }
        if (change != null) {
            report(change);
        }
        if ((change != null && change.isNews()) || firstThisScan) {
            lastActivity = Math.max(lastActivity, now);
        }
    }

    /** Whether an announced address new to the registry may add a device (the broadcast subnets' cap). */
    private boolean admitAnnounced(int ip) {
        return gate.answered(ip) || gate.admit(ip);
    }

    private void report(RegistryChange change) {
        if (change.added()) {
            safely(() -> listener.deviceAdded(change.printer()));
        } else if (!change.changed().isEmpty()) {
            safely(() -> listener.deviceChanged(change.printer(), change.changed()));
        }
        if (change.absorbed() != null) {
            safely(() -> listener.deviceRemoved(change.absorbed()));
        }
        for (Printer other : change.flagged()) {
            safely(() -> listener.deviceChanged(other, EnumSet.of(PrinterField.MAC_CONFLICT)));
        }
    }

    private static ByteBuffer direct(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length);
        b.put(bytes).flip();
        return b;
    }

    private ScanProgress progress(long now) {
        long total = plan.size();
        return new ScanProgress(rounds.round(), Math.min(total, rounds.firstPassSent()), total,
                packetsSent + (sweep == null ? 0 : sweep.sent()) + (snmp == null ? 0 : snmp.packetsSent()) + (ipp == null ? 0 : ipp.sent()), replies, malformed, registry.size(),
                Duration.ofNanos(now - start), snmp == null ? 0 : snmp.answered(), snmp == null ? 0 : snmp.silent(),
                gate.outOfScope() + (mdns == null ? 0 : mdns.outOfScope()), gate.overCap());
    }

    private void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("Scan listener failed; the scan goes on", e);
        }
    }
}
