#!/usr/bin/env bash
# Reproduces the figures in BENCHMARKS.md. Every packet stays on loopback (127.0.0.0/8).
# Usage: bench/run.sh [a|end|b|c|gui|snmp|flood|inventory|start|mdns|agent|startup|all] [extra options passed to the benchmark program]
# snmp = (e) and (f); e.g. bench/run.sh snmp --which f --interval 5 for a quick check of (f).
# inventory = (i); e.g. bench/run.sh inventory --quick for a smoke run, --which record|year.
# start = (j): the window's start with a 10,000-device inventory vs an empty one, in-process and (--cold N) a fresh JVM per start.
# agent = (l): watch --metrics-listen of 5,000 printers vs the same watch without it; --quick for a smoke run.
# gui = (d); --record on|off|full|both|all chooses the windows' inventories (default both); --cpu-load on|off|both
#   runs a busy process pinned to one core beside the window (taskset; default both: on and off alternating).
# end = (n): when a scan declares itself done (250 fast printers, the demo, slow printers) and whether all are found.
# startup = (m): whole-process start of target/openenpc --version / scan --help (with the build's CDS archive) vs java -jar
# and a Java hello, alternating; e.g. bench/run.sh startup --runs 7 [--gui] (--gui: first window under xvfb-run, xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
shift || true
mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
run() { java -Xmx1g -cp "$CP" "$@"; }
if [[ "$which" == a || "$which" == all ]]; then
  run org.openenpc.bench.BroadcastBench "$@"
fi
if [[ "$which" == end || "$which" == all ]]; then
  run org.openenpc.bench.ScanEndBench "$@"
fi
if [[ "$which" == b || "$which" == all ]]; then
  if ! command -v nmap >/dev/null; then
    echo "bench (b) needs Debian's nmap as its baseline: apt-get install nmap" >&2
    exit 1
  fi
  run org.openenpc.bench.SweepBench "$@"
fi
if [[ "$which" == c || "$which" == all ]]; then
  run org.openenpc.bench.LossBench "$@"
fi
if [[ "$which" == gui || "$which" == all ]]; then
  # (d): the real main window, headless (Monocle), in a bounded heap.
  java -Xmx512m -cp "$CP" org.openenpc.bench.GuiStressBench "$@"
fi
if [[ "$which" == snmp || "$which" == all ]]; then
  # (e) SNMP enrichment of 250 printers and (f) CPU of monitoring 1,000 printers every 30 s.
  run org.openenpc.bench.SnmpBench "$@"
fi
if [[ "$which" == flood || "$which" == all ]]; then
  # (h) a whole-process scan under a flood of 100,000 forged replies vs the same scan without it.
  if [[ ! -x /usr/bin/time ]]; then
    echo "bench (h) measures the scan with /usr/bin/time: apt-get install time" >&2
    exit 1
  fi
  run org.openenpc.bench.FloodBench "$@"
fi
if [[ "$which" == inventory || "$which" == all ]]; then
  # (i) the inventory on SQLite and PostgreSQL: recording a 10,000-printer scan, a generated year of history.
  # PostgreSQL runs from Debian's binaries in a throwaway cluster on 127.0.0.1 (skipped with a line without them).
  run org.openenpc.bench.InventoryBench "$@"
fi
if [[ "$which" == mdns || "$which" == all ]]; then
  # (k) 50 simulated printers announcing over mDNS, listed with supplies over IPP, against ippfind -T: all inside a
  # private network namespace the program makes (unshare, root), with its own D-Bus and avahi-daemon.
  run org.openenpc.bench.MdnsIppBench "$@"
fi
if [[ "$which" == agent || "$which" == all ]]; then
  # (l) the agent (issue 13): whole watch processes with and without --metrics-listen, 5,000 simulated printers
  # in a separate simulator process, CPU and RSS read from /proc, /metrics scraped over the window.
  run org.openenpc.bench.AgentBench "$@"
fi
if [[ "$which" == start || "$which" == all ]]; then
  # (j) the window's start to a filled table with a 10,000-device inventory vs an empty one (headless Monocle, no network).
  java -Xmx512m -cp "$CP" org.openenpc.bench.InventoryStartBench "$@"
fi
if [[ "$which" == startup || "$which" == all ]]; then
  # (m) whole-process start (issue 14): the launchers and archive made by `mvn package` above; the packaged launcher too
  # when target/jpackage/out/openenpc exists (mvn -Pinstaller package). --gui times the first window: under xvfb-run
  # when there is no display. The CLI runs send nothing; the window starts with an empty inventory and does not scan.
  if [[ " $* " == *" --gui "* && -z "${DISPLAY:-}" ]]; then
    xvfb-run -a -s "-screen 0 1280x860x24" java -cp "$CP" org.openenpc.bench.StartupBench "$@"
  else
    java -cp "$CP" org.openenpc.bench.StartupBench "$@"
  fi
fi
