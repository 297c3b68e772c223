package org.openenpc.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * A raw SNMP4J manager for tests: one socket on 127.0.0.1, requests only to loopback printers,
 * no retries. {@link #send} returns the response PDU, or null on timeout. Test thread only.
 */
final class SnmpTestClient implements AutoCloseable {
    static final long TIMEOUT_MS = 2000;
    /** For requests that must go unanswered: long enough on loopback, short enough for a test. */
    static final long SILENCE_MS = 400;

    private final Snmp snmp;
    /** The source address of the last response, so tests can check it came from the printer. */
    UdpAddress lastPeer;

    SnmpTestClient() throws IOException {
        snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getByName("127.0.0.1"), 0)));
        snmp.listen();
    }

    PDU send(SimulatedPrinter p, int type, int version, String community, long timeoutMs, String... oids)
            throws IOException {
        if (!Loopback.isLoopback(p.ip())) {
            throw new IllegalArgumentException("tests send only to 127.0.0.0/8");
        }
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress(p.ip(), p.snmpPort()),
                new OctetString(community));
        target.setVersion(version);
        target.setRetries(0);
        target.setTimeout(timeoutMs);
        PDU pdu = version == SnmpConstants.version1 ? new PDUv1() : new PDU();
        pdu.setType(type);
        for (String oid : oids) {
            pdu.add(new VariableBinding(new OID(oid)));
        }
        ResponseEvent<UdpAddress> e = snmp.send(pdu, target);
        lastPeer = e.getPeerAddress();
        return e.getResponse();
    }

    PDU get(SimulatedPrinter p, String... oids) throws IOException {
        return send(p, PDU.GET, SnmpConstants.version2c, "public", TIMEOUT_MS, oids);
    }

    /** The value of one object (an exception value such as noSuchObject included). */
    Variable value(SimulatedPrinter p, String oid) throws IOException {
        PDU r = get(p, oid);
        if (r == null) {
            throw new AssertionError("no answer from " + p.address() + " for " + oid);
        }
        return r.get(0).getVariable();
    }

    PDU bulk(SimulatedPrinter p, int nonRepeaters, int maxRepetitions, String... oids) throws IOException {
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress(p.ip(), p.snmpPort()),
                new OctetString("public"));
        target.setVersion(SnmpConstants.version2c);
        target.setRetries(0);
        target.setTimeout(TIMEOUT_MS);
        PDU pdu = new PDU();
        pdu.setType(PDU.GETBULK);
        pdu.setNonRepeaters(nonRepeaters);
        pdu.setMaxRepetitions(maxRepetitions);
        for (String oid : oids) {
            pdu.add(new VariableBinding(new OID(oid)));
        }
        return snmp.send(pdu, target).getResponse();
    }

    /** GETNEXT walk of one subtree, as a manager does it. */
    List<VariableBinding> walk(SimulatedPrinter p, String root) throws IOException {
        OID base = new OID(root);
        List<VariableBinding> out = new ArrayList<>();
        OID at = base;
        while (true) {
            PDU r = send(p, PDU.GETNEXT, SnmpConstants.version2c, "public", TIMEOUT_MS, at.toDottedString());
            VariableBinding vb = r.get(0);
            if (vb.isException() || !vb.getOid().startsWith(base)) {
                return out;
            }
            out.add(vb);
            at = vb.getOid();
        }
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }
}
