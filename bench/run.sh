#!/usr/bin/env bash
# Lighthouse's benchmarks against a local Bot API stand-in in a separate JVM (see README, "Performance"):
#   1. throughput: a bare TelegramBots echo bot (the ceiling), then Lighthouse, each with the same closed-loop load
#      (BENCH_CHATS chats doing BENCH_PER_CHAT things each, waiting for each answer), each after a warm-up in which as
#      many other chats do BENCH_WARMUP_PER_CHAT things (reported apart; 0 for none), then BENCH_PACED_CHATS chats
#      (50; 0 for none) doing as many things at 30 updates a second in all, pausing between an answer and the next
#      action as people do: latency short of saturation, reported apart;
#   2. broadcast: BENCH_BROADCAST messages through Lighthouse's outbox, within Telegram's limits, with a restart
#      (SIGTERM, start again) half-way through.
#   3. growth: the same load (BENCH_CHATS chats doing BENCH_GROWTH_PER_CHAT things) on a store filled first with 1,000
#      and then with BENCH_USERS users (0 skips it): CPU per update, latency, heap after a full GC, peak RSS, start-up,
#      journal size, at each size.
# Prints figures and, as its last line:
#   RESULT echo_ups=<n> bot_ups=<n> ratio=<bot/echo> p50_ms=<n> p99_ms=<n> rss_mb=<n> gc_p99_ms=<n> gc_max_ms=<n>
#   [paced_p99_ms=<n>]
#   [heap_mb=<n> start_s=<n> start_cpu_s=<n> growth=<CPU per update with BENCH_USERS users / with 1,000>]
#   (GC: pauses during the measured pass, from the bot's -Xlog:gc)
# BENCH_JAR measures a jar built before (say, of an older commit) instead of building the working tree, so that two
# builds can be compared back to back on a machine whose speed drifts.
# Nothing is downloaded at run time; the first build needs Maven Central like any build of the project.
set -euo pipefail
cd "$(dirname "$0")/.."

CHATS=${BENCH_CHATS:-500}
PER_CHAT=${BENCH_PER_CHAT:-40}
WARMUP_PER_CHAT=${BENCH_WARMUP_PER_CHAT:-40}
PACED=${BENCH_PACED_CHATS:-50}
BROADCAST=${BENCH_BROADCAST:-10000}
USERS=${BENCH_USERS:-100000}
GROWTH_PER_CHAT=${BENCH_GROWTH_PER_CHAT:-20}
BOT_JAVA_OPTS=${BENCH_BOT_JAVA_OPTS:--Xmx512m -Xms64m -Xmn48m -XX:GCTimeRatio=4 -XX:MaxHeapFreeRatio=30 \
-XX:MinHeapFreeRatio=10 -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000} # as scripts/run runs it
JAR=${BENCH_JAR:-target/lighthouse.jar}
TOKEN=123456789:BENCH-token_for-the-local-stand-in
OUT=bench/out
began=$(date +%s)
exec 9<"bench/run.sh"
flock -n 9 || { echo "bench: another bench/run.sh is running"; exit 1; }
standin_pid=""
bot_pid=""
trap 'kill $standin_pid $bot_pid 2>/dev/null || true' EXIT

# ---- build ---------------------------------------------------------------------------------------------------------
if [ -z "${BENCH_JAR:-}" ]; then
    echo "bench: building target/lighthouse.jar and the bench classes"
    mvn -B -q package -DskipTests
else
    echo "bench: measuring $JAR (BENCH_JAR); building the bench classes"
fi
rm -rf "$OUT"
mkdir -p "$OUT/classes" "$OUT/plugin"
unzip -q -o "$JAR" 'BOOT-INF/lib/*' 'BOOT-INF/classes/*' -d "$OUT"
LIB="$OUT/BOOT-INF/lib/*"
CLASSES="$OUT/BOOT-INF/classes"
javac -nowarn -d "$OUT/classes" -cp "$LIB" bench/src/org/lighthouse/bench/*.java
javac -nowarn -d "$OUT/plugin" -cp "$CLASSES:$LIB" bench/plugin/org/lighthouse/benchplugin/*.java
java -cp "$OUT/plugin:$CLASSES:$LIB" org.lighthouse.benchplugin.TextPools "$OUT/texts.tsv" \
    src/main/resources/safety/triage-corpus-b.jsonl src/test/resources/offers/offers-dev.jsonl | tail -1
# the bot starts as scripts/run starts it: from a class data sharing archive of this jar
source scripts/class-data-sharing
prepare_class_data_sharing "$JAR" "$OUT/class-data-sharing" $BOT_JAVA_OPTS
sed -n 's/^ *stale: "\(.*\)"$/\1/p' locales/*/common.yml locales/*/learning.yml > "$OUT/stale.txt"
# how the bot answers danger (its first line) and says that a responder will write: the scripted people then step out
{ sed -n '/^ *urgent: |-$/{n;s/^ *//p}' locales/*/safety.yml; sed -n 's/^ *personComing: "\(.*\)"$/\1/p' \
    locales/*/safety.yml; } > "$OUT/in-touch.txt"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
standin() { exec java -Dsun.net.httpserver.nodelay=true -Dbench.warmup="$WARMUP_PER_CHAT" \
    -Dbench.inTouch="$OUT/in-touch.txt" ${PACED_CHATS:+-Dbench.paced=$PACED_CHATS} -Xmx1g -cp "$OUT/classes:$LIB" \
    org.lighthouse.bench.StandIn "$@"; }
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }
stop() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
gc_log() { echo "-Xlog:gc:file=$1:timemillis"; } # java option: GC events with their time, for gc_pauses
gc_pauses() { # stand-in log, GC log: "<pauses> <p99 ms> <max ms>" of the GC pauses during the measured pass
    python3 - "$1" "$2" <<'PY'
import re, sys
marks = dict(re.findall(r'^STANDIN-PHASE \S+ (began|ended)_ms=(\d+)$', open(sys.argv[1]).read(), re.M))
began, ended = int(marks.get('began', 0)), int(marks.get('ended', 0))
events = re.findall(r'^\[(\d+)ms\].* Pause .* ([0-9.]+)ms$', open(sys.argv[2]).read(), re.M)
pauses = sorted(float(ms) for at, ms in events if began <= int(at) <= ended)
p99 = pauses[min(len(pauses) - 1, int(len(pauses) * 0.99))] if pauses else 0
print(len(pauses), f'{p99:.1f}', f'{pauses[-1] if pauses else 0:.1f}')
PY
}
field() { sed -n "s/.*[ ]$1=\([0-9.]*\).*/\1/p" "$2" | tail -1; }
UNLIMITED="--lighthouse.outbox.per-second=0 --lighthouse.outbox.chat-interval=0s --lighthouse.outbox.group-interval=0s"
lighthouse() { # environment first, then the java command; run in the background, so exec keeps its pid
    exec env TELEGRAM_BOT_TOKEN=$TOKEN LIGHTHOUSE_WEBCHAT_ENABLED=false SERVER_PORT=0 MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
        LIGHTHOUSE_RESPONDERS=990000001:Hoa "$@"
}

# ---- 1a. the ceiling: a bare echo bot --------------------------------------------------------------------------------
port=$(free_port)
PACED_CHATS=$PACED standin "$port" "$TOKEN" echo "$CHATS" "$PER_CHAT" "$OUT/texts.tsv" - "$OUT/echo.pid" \
    > "$OUT/echo-standin.log" 2>&1 &
standin_pid=$!
sleep 1
java $BOT_JAVA_OPTS -cp "$OUT/classes:$LIB" org.lighthouse.bench.EchoBot "$port" "$TOKEN" > "$OUT/echo-bot.log" 2>&1 &
bot_pid=$!
echo "$bot_pid" > "$OUT/echo.pid"
wait "$standin_pid" || { echo "bench: the echo run failed"; cat "$OUT/echo-standin.log"; stop "$bot_pid"; exit 1; }
stop "$bot_pid"
grep -v '^STANDIN\|^stand-in: listening' "$OUT/echo-standin.log"
echo_ups=$(field ups "$OUT/echo-standin.log")

# ---- 1b. Lighthouse ----------------------------------------------------------------------------------------------------
port=$(free_port)
PACED_CHATS=$PACED standin "$port" "$TOKEN" bot "$CHATS" "$PER_CHAT" "$OUT/texts.tsv" "$OUT/stale.txt" \
    "$OUT/bot.pid" > "$OUT/bot-standin.log" 2>&1 &
standin_pid=$!
sleep 1
lighthouse TELEGRAM_API_URL="http://127.0.0.1:$port" LIGHTHOUSE_DATA_DIR="$OUT/data-throughput" \
    java $BOT_JAVA_OPTS "$(gc_log "$OUT/bot-gc.log")" "${START_ARGS[@]}" $UNLIMITED > "$OUT/bot.log" 2>&1 &
bot_pid=$!
echo "$bot_pid" > "$OUT/bot.pid"
status=0
wait "$standin_pid" || status=$?
rss_mb=$(peak_rss_mb "$bot_pid")
stop "$bot_pid"
grep -v '^STANDIN\|^stand-in: listening' "$OUT/bot-standin.log"
if [ "$status" -eq 3 ]; then # stalls: reported, as the people of the script do not talk with a responder
    echo "bench: WARNING some chats stalled (listed above): the triage put them in touch with a responder, whom the"
    echo "bench: scripted people do not answer; their figures count the updates they sent"
elif [ "$status" -ne 0 ]; then
    echo "bench: the Lighthouse run failed (stand-in exit $status); the bot's log is $OUT/bot.log"
    tail -20 "$OUT/bot.log"
    exit 1
fi
echo "bot: peak RSS ${rss_mb} MB (VmHWM, java $BOT_JAVA_OPTS ${START_ARGS[*]})"
read -r gc_count gc_p99 gc_max <<< "$(gc_pauses "$OUT/bot-standin.log" "$OUT/bot-gc.log")"
echo "bot: $gc_count GC pauses during the measured pass, p99 ${gc_p99} ms, longest ${gc_max} ms (-Xlog:gc)"
bot_ups=$(field ups "$OUT/bot-standin.log")
p50=$(field p50_ms "$OUT/bot-standin.log")
p99=$(field p99_ms "$OUT/bot-standin.log")
paced_p99=$(field paced_p99_ms "$OUT/bot-standin.log")

# ---- 3. growth: the same load with 1,000 and with BENCH_USERS users stored ------------------------------------------
growth_line=""
bench_bot() { # the bot with the bench profile and its plugins (the broadcast loader, the user fill); BOT_ARGS after
    lighthouse "$@" java $BOT_JAVA_OPTS ${BOT_GC_LOG:+"$(gc_log "$BOT_GC_LOG")"} -Dloader.path="$OUT/plugin" \
        -cp "$JAR" \
        org.springframework.boot.loader.launch.PropertiesLauncher --spring.profiles.active=bench ${BOT_ARGS:-}
}
growth_at() { # users: fills a fresh store, runs the load on it, then starts the bot again on it alone
    local users=$1 data="$OUT/data-users-$1" log="$OUT/growth-$1"
    rm -rf "$data"
    port=$(free_port)
    standin "$port" "$TOKEN" bot "$CHATS" "$GROWTH_PER_CHAT" "$OUT/texts.tsv" "$OUT/stale.txt" "$log.pid" \
        > "$log-standin.log" 2>&1 &
    standin_pid=$!
    sleep 1
    BOT_ARGS=$UNLIMITED BOT_GC_LOG="$log-gc.log" bench_bot TELEGRAM_API_URL="http://127.0.0.1:$port" \
        LIGHTHOUSE_DATA_DIR="$data" \
        BENCH_FILL_USERS="$users" > "$log-bot.log" 2>&1 &
    bot_pid=$!
    echo "$bot_pid" > "$log.pid"
    local status=0
    wait "$standin_pid" || status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then # 3: stalls, as in the run above
        echo "bench: the growth run at $users users failed"; tail -20 "$log-bot.log"; exit 1
    fi
    jcmd "$bot_pid" GC.run > /dev/null
    local heap
    heap=$(jcmd "$bot_pid" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1)
    local rss
    rss=$(peak_rss_mb "$bot_pid")
    stop "$bot_pid"
    lighthouse TELEGRAM_BOT_TOKEN= LIGHTHOUSE_DATA_DIR="$data" java $BOT_JAVA_OPTS "${START_ARGS[@]}" \
        > "$log-start.log" 2>&1 &
    bot_pid=$!
    local waited=0
    until grep -q 'Started LighthouseApplication' "$log-start.log" || [ $waited -ge 300 ]; do sleep 1; waited=$((waited + 1)); done
    local start_cpu # CPU seconds to start: the wall time depends on what else the machine runs
    start_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$bot_pid/stat")
    stop "$bot_pid"
    local cpu p50 p99 start journal gc
    cpu=$(sed -n 's/^bot: CPU .*, \([0-9.]*\) ms per update.*/\1/p' "$log-standin.log")
    p50=$(field p50_ms "$log-standin.log")
    p99=$(field p99_ms "$log-standin.log")
    start=$(sed -n 's/.*Started LighthouseApplication in .*(process running for \([0-9.]*\)).*/\1/p' "$log-start.log")
    journal=$(( $(stat -c %s "$data/lighthouse.journal") / 1048576 ))
    gc=$(gc_pauses "$log-standin.log" "$log-gc.log")
    grep -h 'bench: .* users filled' "$log-bot.log" | sed 's/^[0-9:.]* *[A-Z]* *[^ ]* */growth: /' || true
    echo "growth: $users users: ${cpu} ms CPU per update, p50 ${p50} ms, p99 ${p99} ms, heap after a full GC" \
        "$(( heap / 1024 )) MB, peak RSS ${rss} MB, start-up ${start} s (${start_cpu} s of CPU)," \
        "journal ${journal} MB, GC pauses p99 $(cut -d' ' -f2 <<< "$gc") ms, longest $(cut -d' ' -f3 <<< "$gc") ms"
    g_cpu=$cpu g_heap=$(( heap / 1024 )) g_start=$start g_start_cpu=$start_cpu
}
if [ "$USERS" -gt 0 ]; then
    echo "growth: the same load ($CHATS chats x $GROWTH_PER_CHAT, after a warm-up) at 1,000 and at $USERS users"
    growth_at 1000
    small_cpu=$g_cpu
    growth_at "$USERS"
    growth=$(awk -v l="$g_cpu" -v s="$small_cpu" 'BEGIN { printf "%.2f", l / s }')
    growth_line=" heap_mb=$g_heap start_s=$g_start start_cpu_s=$g_start_cpu growth=$growth"
fi

# ---- 2. broadcast within Telegram's limits, with a restart half-way ----------------------------------------------
broadcast_line=""
if [ "$BROADCAST" -gt 0 ]; then
    port=$(free_port)
    deadline=$(( BROADCAST / 30 * 2 + 180 ))
    standin "$port" "$TOKEN" broadcast "$BROADCAST" 30 "$deadline" > "$OUT/broadcast-standin.log" 2>&1 &
    standin_pid=$!
    sleep 1
    run_bot() { # with the bench profile and its broadcast loader, outbox limits as in production
        bench_bot TELEGRAM_API_URL="http://127.0.0.1:$port" LIGHTHOUSE_DATA_DIR="$OUT/data-broadcast" "$@"
    }
    echo "broadcast: $BROADCAST messages through the outbox at Telegram's limits (ideal $(( BROADCAST / 30 )) s)"
    run_bot BENCH_BROADCAST="$BROADCAST" > "$OUT/broadcast-bot-1.log" 2>&1 &
    bot_pid=$!
    while kill -0 "$standin_pid" 2>/dev/null; do
        sent=$(curl -s "http://127.0.0.1:$port/bench/status" | sed -n 's/.*distinct=\([0-9]*\).*/\1/p')
        [ "${sent:-0}" -ge $(( BROADCAST / 2 )) ] && break
        sleep 1
    done
    echo "broadcast: ${sent:-?} sent; restarting the bot (SIGTERM, then start again)"
    stop "$bot_pid"
    run_bot > "$OUT/broadcast-bot-2.log" 2>&1 &
    bot_pid=$!
    status=0
    wait "$standin_pid" || status=$?
    stop "$bot_pid"
    grep -h 'bench:\|Outbox:' "$OUT"/broadcast-bot-*.log | sed 's/^[0-9:.]* *[A-Z]* *[^ ]* */bot: /' || true
    grep -v '^BROADCAST\|^stand-in: listening' "$OUT/broadcast-standin.log"
    broadcast_line=$(grep '^BROADCAST' "$OUT/broadcast-standin.log" || echo "BROADCAST failed (stand-in exit $status)")
fi

ratio=$(awk -v b="$bot_ups" -v e="$echo_ups" 'BEGIN { printf "%.2f", b / e }')
echo "bench: took $(( $(date +%s) - began )) s"
[ -n "$broadcast_line" ] && echo "$broadcast_line"
echo "RESULT echo_ups=$echo_ups bot_ups=$bot_ups ratio=$ratio p50_ms=$p50 p99_ms=$p99 rss_mb=$rss_mb gc_p99_ms=$gc_p99\
 gc_max_ms=$gc_max${paced_p99:+ paced_p99_ms=$paced_p99}$growth_line"
