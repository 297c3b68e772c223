package org.openenpc.snmp;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * A test-only SNMP agent on 127.0.0.1 and an ephemeral port: serves a sorted map of objects to GET,
 * GETNEXT and GETBULK with v1 and v2c semantics (v1: noSuchName error status; v2c: noSuchObject /
 * endOfMibView values). It can be told to stay silent or to lie (answer every GETNEXT with its first
 * object, so OIDs stop increasing). The simulator's real agent lives in the sim package; this one only
 * serves the client tests. Requests are answered on SNMP4J's listener thread.
 */
final class LoopbackAgent implements Closeable {

    /** How the agent misbehaves, if at all. */
    enum Mode { NORMAL, SILENT, LYING }

    private final NavigableMap<OID, Variable> objects = new ConcurrentSkipListMap<>();
    private final Snmp snmp;
    private final int port;
    private final String community;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Mode mode = Mode.NORMAL;

    LoopbackAgent(String community) throws IOException {
        this.community = community;
        DefaultUdpTransportMapping transport =
                new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getLoopbackAddress(), 0));
        transport.setThreadName("test-agent");
        snmp = new Snmp(transport);
        snmp.addCommandResponder(new Responder());
        snmp.listen();
        port = transport.getListenAddress().getPort();
    }

    LoopbackAgent() throws IOException {
        this("public");
    }

    LoopbackAgent put(String oid, Variable value) {
        objects.put(new OID(oid), value);
        return this;
    }

    LoopbackAgent putAll(Map<String, Variable> values) {
        values.forEach(this::put);
        return this;
    }

    LoopbackAgent mode(Mode value) {
        mode = value;
        return this;
    }

    int port() {
        return port;
    }

    /** How many requests arrived (answered or not). */
    int requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }

    private final class Responder implements CommandResponder {
        @Override
        public <A extends Address> void processPdu(CommandResponderEvent<A> e) {
            requests.incrementAndGet();
            PDU request = e.getPDU();
            if (request == null || mode == Mode.SILENT
                    || !Arrays.equals(e.getSecurityName(), community.getBytes(StandardCharsets.US_ASCII))) {
                return; // a real agent ignores a wrong community too
            }
            boolean v1 = e.getMessageProcessingModel() == org.snmp4j.mp.MessageProcessingModel.MPv1;
            PDU response = (PDU) request.clone();
            response.setType(PDU.RESPONSE);
            response.setVariableBindings(new java.util.ArrayList<>()); // not clear(): it zeroes the request ID
            response.setErrorStatus(PDU.noError);
            response.setErrorIndex(0);
            answer(request, response, v1);
            e.setProcessed(true);
            try {
                e.getMessageDispatcher().returnResponsePdu(e.getMessageProcessingModel(), e.getSecurityModel(),
                        e.getSecurityName(), e.getSecurityLevel(), response, e.getMaxSizeResponsePDU(),
                        e.getStateReference(), new StatusInformation());
            } catch (MessageException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private void answer(PDU request, PDU response, boolean v1) {
            int type = request.getType();
            int i = 0;
            for (VariableBinding vb : request.getVariableBindings()) {
                i++;
                OID asked = vb.getOid();
                if (type == PDU.GET) {
                    Variable v = objects.get(asked);
                    if (v == null && v1) {
                        fail(request, response, i);
                        return;
                    }
                    response.add(new VariableBinding(asked, v == null ? Null.noSuchObject : v));
                } else if (type == PDU.GETBULK) {
                    OID at = asked;
                    for (int r = 0; r < Math.max(1, request.getMaxRepetitions()); r++) {
                        VariableBinding next = next(at);
                        response.add(next);
                        if (next.getVariable() == Null.endOfMibView) {
                            break;
                        }
                        at = next.getOid();
                    }
                } else { // GETNEXT
                    VariableBinding next = next(asked);
                    if (next.getVariable() == Null.endOfMibView && v1) {
                        fail(request, response, i);
                        return;
                    }
                    response.add(next);
                }
            }
        }

        private VariableBinding next(OID asked) {
            if (mode == Mode.LYING) {
                // Always the first object, whatever was asked: from the second answer on, OIDs stop increasing.
                Map.Entry<OID, Variable> first = objects.firstEntry();
                return first == null ? new VariableBinding(asked, Null.endOfMibView)
                        : new VariableBinding(first.getKey(), first.getValue());
            }
            Map.Entry<OID, Variable> e = objects.higherEntry(asked);
            return e == null ? new VariableBinding(asked, Null.endOfMibView) : new VariableBinding(e.getKey(), e.getValue());
        }

        /** The v1 way: the whole PDU fails with noSuchName and the index of the culprit. */
        private void fail(PDU request, PDU response, int index) {
            response.setVariableBindings(request.getVariableBindings());
            response.setErrorStatus(SnmpConstants.SNMP_ERROR_NO_SUCH_NAME);
            response.setErrorIndex(index);
        }
    }
}
