package org.openenpc.model;

import java.time.Instant;

/**
 * What one reply told us about the device at {@code ip}. Fields that the reply did not carry
 * (and {@code snmp}, {@code ipp}, {@code mdns}) are null; {@link DeviceRegistry} merges the others into the
 * device's {@link Printer}. Built by the discovery engine's threads.
 */
public record Observation(String ip, Instant at, String source, String request, MacAddress mac,
                          String model, String cardName, String nicName, Printer.IpSettings ipSettings,
                          PrinterStatus status, String holder, RawReply raw, SnmpView snmp, IppView ipp,
                          MdnsService mdns) {

    /** An observation without IPP or DNS-SD facts. */
    public Observation(String ip, Instant at, String source, String request, MacAddress mac,
                       String model, String cardName, String nicName, Printer.IpSettings ipSettings,
                       PrinterStatus status, String holder, RawReply raw, SnmpView snmp) {
        this(ip, at, source, request, mac, model, cardName, nicName, ipSettings, status, holder, raw, snmp, null, null);
    }

    /** Starts an observation with no facts; add them with the {@code with…} methods. */
    public static Observation of(String ip, Instant at, String source, String request) {
        return new Observation(ip, at, source, request, null, null, null, null, null, null, null, null, null);
    }

    /** What an IPP Get-Printer-Attributes answer told (source "IPP"); see {@link IppView}. */
    public Observation withIpp(IppView v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, ipSettings, status, holder, raw,
                snmp, v, mdns);
    }

    /** One DNS-SD service the device announced (source "mDNS"); see {@link MdnsService}. */
    public Observation withMdns(MdnsService v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, ipSettings, status, holder, raw,
                snmp, ipp, v);
    }

    public Observation withMac(MacAddress v) {
        return new Observation(ip, at, source, request, v, model, cardName, nicName, ipSettings, status, holder, raw, snmp,
                ipp, mdns);
    }

    public Observation withModel(String v) {
        return new Observation(ip, at, source, request, mac, v, cardName, nicName, ipSettings, status, holder, raw, snmp,
                ipp, mdns);
    }

    public Observation withCardName(String v) {
        return new Observation(ip, at, source, request, mac, model, v, nicName, ipSettings, status, holder, raw, snmp,
                ipp, mdns);
    }

    public Observation withNicName(String v) {
        return new Observation(ip, at, source, request, mac, model, cardName, v, ipSettings, status, holder, raw, snmp,
                ipp, mdns);
    }

    public Observation withIpSettings(Printer.IpSettings v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, v, status, holder, raw, snmp,
                ipp, mdns);
    }

    public Observation withStatus(PrinterStatus v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, ipSettings, v, holder, raw, snmp,
                ipp, mdns);
    }

    public Observation withHolder(String v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, ipSettings, status, v, raw, snmp,
                ipp, mdns);
    }

    /** What an SNMP read told (source "SNMP"); see {@link SnmpView}. */
    public Observation withSnmp(SnmpView v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, ipSettings, status, holder, raw, v, ipp,
                mdns);
    }

    public Observation withRaw(RawReply v) {
        return new Observation(ip, at, source, request, mac, model, cardName, nicName, ipSettings, status, holder, v, snmp, ipp,
                mdns);
    }
}
