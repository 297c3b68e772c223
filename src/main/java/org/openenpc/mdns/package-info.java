/**
 * DNS-SD over mDNS (RFC 6762/6763) with JmDNS 3.6.1, mapped into {@link org.openenpc.model.MdnsService}. Uses only
 * the model, JmDNS and the JDK (LayeringTest).
 *
 * <p>What JmDNS does that this package works around, each covered by a test in a private network namespace
 * (MdnsNamespaceTest, in the tests of sim):
 * <ul>
 * <li>{@code JmDNS.close()} takes 2.0 s even when idle (its goodbye state machine; jmdns #82, #132) and longer when
 * busy: {@link org.openenpc.mdns.BoundedClose} closes on daemon threads and the caller waits at most a bound.</li>
 * <li>Each instance owns a non-daemon "State.Timer" thread until its close finishes (jmdns #219): an instance that is
 * never closed, or an exception that skips the close, keeps the JVM alive.</li>
 * <li>A wildcard bind advertises 0.0.0.0 (jmdns #119) and the no-argument forms choose an interface themselves:
 * {@link org.openenpc.mdns.LocalAddress} refuses both.</li>
 * <li>On Linux JmDNS binds its socket to *:5353 whatever address it is given (the address only names the host's A
 * record and the outgoing interface), so N instances on one machine each parse every packet of all the others.
 * An address no interface owns (127.0.1.5 on lo, which owns 127.0.0.1/8) sets no outgoing interface, and the
 * kernel then sends from 0.0.0.0, which avahi drops: the simulator's advertiser sets lo itself.</li>
 * <li>JmDNS writes a name by splitting it at every dot, so an instance name with a dot ("Printer (127.0.1.5)")
 * goes out as several labels; JmDNS reads it back whole, avahi and CUPS see no instance.</li>
 * <li>A registration whose records do not fit one message (about 1,460 bytes) makes the announcer fail with
 * "message full" and JmDNS loops in recover() for good, logging every 5 s.</li>
 * </ul>
 */
package org.openenpc.mdns;
