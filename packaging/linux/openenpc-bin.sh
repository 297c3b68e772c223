#!/bin/sh
# /usr/bin/openenpc in the .deb (packaging/linux/finish-deb.sh installs it; issue 14).
# It starts the packaged runtime's java directly, with the options jpackage wrote into the app's
# configuration (/opt/openenpc/lib/app/openenpc.cfg: the class path, the main class and every
# java-options line, $APPDIR standing for the app folder), instead of running the jpackage
# launcher /opt/openenpc/bin/openenpc: that launcher runs `dpkg -S` on itself at every start to
# find its library, which reads the whole dpkg database (130-250 ms per command, BENCHMARKS (m)).
# The desktop entry keeps the jpackage launcher. An option containing a space is not supported
# (jpackage writes none here). Without the configuration it falls back to the launcher.
# /usr/bin/../../opt/openenpc is /opt/openenpc (also when called as /bin/openenpc); packaging/check.sh runs the
# script in an unpacked .deb the same way.
root=$(cd "$(dirname "$0")/../../opt/openenpc" 2>/dev/null && pwd -P) || root=/opt/openenpc
app=$root/lib/app
java=$root/lib/runtime/bin/java
cfg=$app/openenpc.cfg
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
    exec "$root/bin/openenpc" "$@"
fi
cp= main= opts=
while IFS= read -r line; do
    case $line in
        app.mainjar=*) cp=${line#app.mainjar=}${cp:+:$cp} ;;
        app.classpath=*) cp=${cp:+$cp:}${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) opts="$opts ${line#java-options=}" ;;
    esac
done < "$cfg"
if [ -z "$cp" ] || [ -z "$main" ]; then
    exec "$root/bin/openenpc" "$@"
fi
# $APPDIR as jpackage expands it; an archive that no longer fits the jar is ignored without a word.
opts=$(printf '%s' "$opts" | sed "s|\\\$APPDIR|$app|g")
cp=$(printf '%s' "$cp" | sed "s|\\\$APPDIR|$app|g")
# A short command runs with the client compiler only, as in packaging/launcher/openenpc.
case ${1:-} in
    scan|status|diff|history|import|inventory|-V|--version|-h|--help) opts="$opts -XX:TieredStopAtLevel=1" ;;
esac
# shellcheck disable=SC2086 # the options are words
exec "$java" $opts -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" "$main" "$@"
