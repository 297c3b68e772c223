package org.openenpc.sim;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * Everything that defines one simulated printer before it is bound. Null components take defaults:
 * the profile's model and card name, mask 255.255.0.0, gateway = the first host of the printer's
 * own network ({@code (ip & mask) + 1}, e.g. 127.0.0.1 for 127.0.1.7/16), status idle, no extra
 * delay. Immutable; any thread.
 *
 * @param ip         the printer's own address; must be in 127.0.0.0/8 and not end in .0 or .255
 * @param model      the model name it reports; may be hostile (tests use spreadsheet formulas);
 *                   sent as ISO-8859-1, cut to the 128-byte field
 * @param extraDelay added before each of this printer's replies: a slow printer
 * @param silent     never answers anything
 * @param snmpDisabled no SNMP agent even when the simulator serves SNMP and the profile answers it
 * @param snmpObjects  SNMP objects by instance OID served instead of (or besides) the ones the profile
 *                     builds: hostile text bytes for tests (an escape sequence in sysName, invalid UTF-8
 *                     in sysLocation, a whole extra alert row); empty by default
 * @param mac        six bytes it reports as its MAC, or null for 64:eb:8c + the low 24 bits of its address;
 *                   tests give two printers one MAC (a clone) or all zeros
 */
public record PrinterSpec(Inet4Address ip, PrinterProfile profile, String model, String cardName,
                          Inet4Address mask, Inet4Address gateway, SimStatus status, Duration extraDelay,
                          boolean silent, boolean snmpDisabled, Map<String, Variable> snmpObjects, byte[] mac) {

    /** 255.255.0.0, the default mask. */
    public static final Inet4Address DEFAULT_MASK = Loopback.parse("255.255.0.0");

    public PrinterSpec {
        Loopback.require(ip, "printer address");
        if (Loopback.isNetworkOrBroadcastOctet(ip)) {
            throw new IllegalArgumentException("printer address " + ip.getHostAddress()
                    + " ends in .0 or .255; simulated printers skip those");
        }
        Objects.requireNonNull(profile, "profile");
        model = model == null ? profile.defaultModel() : model;
        cardName = cardName == null ? profile.defaultCardName() : cardName;
        mask = mask == null ? DEFAULT_MASK : mask;
        gateway = gateway == null ? Loopback.ofInt((Loopback.toInt(ip) & Loopback.toInt(mask)) + 1) : gateway;
        status = status == null ? SimStatus.IDLE : status;
        extraDelay = extraDelay == null ? Duration.ZERO : extraDelay;
        if (extraDelay.isNegative()) {
            throw new IllegalArgumentException("extra delay of " + ip.getHostAddress() + " is negative");
        }
        Map<String, Variable> copies = new LinkedHashMap<>();
        (snmpObjects == null ? Map.<String, Variable>of() : snmpObjects)
                .forEach((oid, v) -> copies.put(oid, (Variable) v.clone())); // SNMP4J variables are mutable
        snmpObjects = Collections.unmodifiableMap(copies);
        if (mac != null && mac.length != 6) {
            throw new IllegalArgumentException("the MAC of " + ip.getHostAddress() + " must have 6 bytes");
        }
        mac = mac == null ? null : mac.clone();
    }

    @Override
    public byte[] mac() {
        return mac == null ? null : mac.clone();
    }

    /** A spec without SNMP object overrides. */
    public PrinterSpec(Inet4Address ip, PrinterProfile profile, String model, String cardName, Inet4Address mask,
                       Inet4Address gateway, SimStatus status, Duration extraDelay, boolean silent, boolean snmpDisabled) {
        this(ip, profile, model, cardName, mask, gateway, status, extraDelay, silent, snmpDisabled, Map.of(), null);
    }

    /** A printer with every default, e.g. {@code PrinterSpec.of("127.0.1.5", PrinterProfile.TM_M30)}. */
    public static PrinterSpec of(String ip, PrinterProfile profile) {
        return new PrinterSpec(Loopback.parse(ip), profile, null, null, null, null, null, null, false, false, Map.of(), null);
    }

    public PrinterSpec withModel(String m) {
        return new PrinterSpec(ip, profile, m, cardName, mask, gateway, status, extraDelay, silent, snmpDisabled, snmpObjects, mac);
    }

    /**
     * The same printer (same MAC, same settings) at another address: what DHCP does to it. A MAC derived
     * from the old address is pinned, so the move does not change it.
     */
    public PrinterSpec movedTo(String newIp) {
        return new PrinterSpec(Loopback.parse(newIp), profile, model, cardName, mask, null, status, extraDelay, silent,
                snmpDisabled, snmpObjects, mac != null ? mac : SimulatedPrinter.macFor(profile, ip));
    }

    public PrinterSpec withCardName(String c) {
        return new PrinterSpec(ip, profile, model, c, mask, gateway, status, extraDelay, silent, snmpDisabled, snmpObjects, mac);
    }

    /** Sets mask and gateway; a null gateway is derived again from the address and the new mask. */
    public PrinterSpec withNetwork(Inet4Address m, Inet4Address g) {
        return new PrinterSpec(ip, profile, model, cardName, m, g, status, extraDelay, silent, snmpDisabled, snmpObjects, mac);
    }

    public PrinterSpec withStatus(SimStatus s) {
        return new PrinterSpec(ip, profile, model, cardName, mask, gateway, s, extraDelay, silent, snmpDisabled, snmpObjects, mac);
    }

    public PrinterSpec withExtraDelay(Duration d) {
        return new PrinterSpec(ip, profile, model, cardName, mask, gateway, status, d, silent, snmpDisabled, snmpObjects, mac);
    }

    public PrinterSpec withSilent(boolean s) {
        return new PrinterSpec(ip, profile, model, cardName, mask, gateway, status, extraDelay, s, snmpDisabled, snmpObjects, mac);
    }

    /** With or without an SNMP agent (see {@link SimulatedPrinter#answersSnmp()}). */
    public PrinterSpec withSnmp(boolean on) {
        return new PrinterSpec(ip, profile, model, cardName, mask, gateway, status, extraDelay, silent, !on, snmpObjects, mac);
    }

    /** With {@code value} served at instance OID {@code oid}, replacing what the profile would serve there. */
    public PrinterSpec withSnmpObject(String oid, Variable value) {
        Map<String, Variable> m = new LinkedHashMap<>(snmpObjects);
        m.put(oid, value);
        return new PrinterSpec(ip, profile, model, cardName, mask, gateway, status, extraDelay, silent, snmpDisabled, m, mac);
    }

    /** With the OCTET STRING {@code bytes} at {@code oid}: text bytes exactly as given (invalid UTF-8 too). */
    public PrinterSpec withSnmpText(String oid, byte[] bytes) {
        return withSnmpObject(oid, new OctetString(bytes));
    }

    /** Reports {@code m} (six bytes) as its MAC instead of the one derived from its address. */
    public PrinterSpec withMac(byte[] m) {
        return new PrinterSpec(ip, profile, model, cardName, mask, gateway, status, extraDelay, silent, snmpDisabled,
                snmpObjects, m);
    }
}
