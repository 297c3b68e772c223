package org.openenpc.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers GET, GETNEXT and GETBULK from a printer's {@link MibView}, read-only, for SNMP v1 and v2c.
 * A wrong community gets no answer at all, as real agents do. Missing objects: v2c answers
 * noSuchObject (nothing below the object's parent is served) or noSuchInstance, and endOfMibView
 * past the last object; v1 answers the whole request with error noSuchName and the index of the
 * first failing binding. SET is refused (v2c notWritable, v1 noSuchName). Called on the SNMP thread.
 */
final class SnmpResponder implements CommandResponder {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpResponder.class);
    /** Most bindings in one GETBULK response, so responses stay far below the 64 KB datagram limit. */
    static final int MAX_BULK_BINDINGS = 256;

    private final byte[] community;
    private final SimCounters counters;

    SnmpResponder(byte[] community, SimCounters counters) {
        this.community = community.clone();
        this.counters = counters;
    }

    @Override
    public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
        event.setProcessed(true);
        PDU request = event.getPDU();
        if (request == null || !(event.getTransportMapping() instanceof SnmpTransport transport)
                || !Arrays.equals(community, event.getSecurityName()) || transport.printer().snmpSilent() || transport.printer().poweredOff()) {
            counters.countSnmpIgnored();
            return;
        }
        boolean v1 = event.getMessageProcessingModel() == MessageProcessingModel.MPv1;
        PDU response = answer(request, transport.printer().mib(), v1);
        if (response == null) {
            counters.countSnmpIgnored();
            return;
        }
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
                    event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
                    event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            counters.countDropped();
            LOG.debug("{}: SNMP response to {} failed: {}", transport.printer().address(), event.getPeerAddress(),
                    e.toString());
        }
    }

    /** The response to {@code request}, or null for PDU types an agent does not answer (responses, traps). */
    static PDU answer(PDU request, MibView mib, boolean v1) {
        List<VariableBinding> in = new ArrayList<>(request.getVariableBindings());
        PDU response = (PDU) request.clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        List<VariableBinding> out;
        switch (request.getType()) {
            case PDU.GET -> out = get(in, mib);
            case PDU.GETNEXT -> out = getNext(in, mib);
            case PDU.GETBULK -> out = getBulk(in, mib, request.getNonRepeaters(), request.getMaxRepetitions());
            case PDU.SET -> {
                return error(response, in, v1 ? PDU.noSuchName : PDU.notWritable, 1);
            }
            default -> {
                return null;
            }
        }
        if (v1) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).isException()) {
                    return error(response, in, PDU.noSuchName, i + 1);
                }
            }
        }
        response.setVariableBindings(out);
        return response;
    }

    private static PDU error(PDU response, List<VariableBinding> in, int status, int index) {
        response.setVariableBindings(in);
        response.setErrorStatus(status);
        response.setErrorIndex(Math.min(index, Math.max(1, in.size())));
        return response;
    }

    private static List<VariableBinding> get(List<? extends VariableBinding> in, MibView mib) {
        List<VariableBinding> out = new ArrayList<>(in.size());
        for (VariableBinding vb : in) {
            Variable v = mib.get(vb.getOid());
            out.add(new VariableBinding(vb.getOid(), v != null ? v : missing(vb.getOid(), mib)));
        }
        return out;
    }

    /** noSuchInstance when the object's parent has instances, else noSuchObject (RFC 3416 §4.2.1). */
    private static Variable missing(OID oid, MibView mib) {
        if (oid.size() > 1) {
            OID parent = oid.trim();
            Map.Entry<OID, Variable> next = mib.next(parent);
            if (next != null && next.getKey().startsWith(parent)) {
                return Null.noSuchInstance;
            }
        }
        return Null.noSuchObject;
    }

    private static List<VariableBinding> getNext(List<? extends VariableBinding> in, MibView mib) {
        List<VariableBinding> out = new ArrayList<>(in.size());
        for (VariableBinding vb : in) {
            out.add(next(vb.getOid(), mib));
        }
        return out;
    }

    private static VariableBinding next(OID oid, MibView mib) {
        Map.Entry<OID, Variable> e = mib.next(oid);
        return e == null ? new VariableBinding(oid, Null.endOfMibView) : new VariableBinding(e.getKey(), e.getValue());
    }

    /** RFC 3416 §4.2.3: N non-repeaters once, then up to M rounds over the rest, stopping when all end. */
    private static List<VariableBinding> getBulk(List<? extends VariableBinding> in, MibView mib, int nonRepeaters,
                                                 int maxRepetitions) {
        int n = Math.max(0, Math.min(nonRepeaters, in.size()));
        int m = Math.max(0, maxRepetitions);
        List<VariableBinding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(next(in.get(i).getOid(), mib));
        }
        List<OID> cursors = new ArrayList<>();
        for (int i = n; i < in.size(); i++) {
            cursors.add(in.get(i).getOid());
        }
        for (int round = 0; round < m && !cursors.isEmpty(); round++) {
            boolean allEnded = true;
            for (int j = 0; j < cursors.size(); j++) {
                if (out.size() >= MAX_BULK_BINDINGS) {
                    return out;
                }
                VariableBinding vb = next(cursors.get(j), mib);
                out.add(vb);
                cursors.set(j, vb.getOid());
                allEnded &= vb.getVariable().getSyntax() == SMIConstants.EXCEPTION_END_OF_MIB_VIEW;
            }
            if (allEnded) {
                break;
            }
        }
        return out;
    }
}
