#!/bin/bash
# Count the system calls of the proxy (or any target) that benchmarks/run.py starts, by kind, with perf:
#
#   python benchmarks/run.py --scenarios 2 --targets proxy \
#       --proxy-cmd 'benchmarks/syscalls_proxy.sh OUT.txt {port} {twistd} -n --pidfile= koreshield --config {config} --listen {listen}'
#
# The floor the same way, with a fixed provider port:
#
#   python benchmarks/run.py --scenarios 2 --targets proxy --fake-port 47000 \
#       --proxy-cmd 'benchmarks/syscalls_proxy.sh OUT.txt {port} {python} benchmarks/twisted_forwarder.py {port} 47000'
#
# perf attaches once the target listens on PORT (its start-up, imports and the scanner's compilation, is left
# out) and before the load generator's warm-up, so OUT.txt counts the warm-up's streams too (scenario 2: 200 +
# 1,000, or 6 x --concurrent-streams), and ends with the target's user and system CPU seconds while counted.
# Tracepoints cost far less than strace's ptrace stops, so the target's pace, and with it how many events share
# a read, stays close to an untraced run.  Only the calls a relay makes are counted (EVENTS, a comma-separated
# perf event list, overrides them): perf takes about 15 s to close all of `syscalls:sys_enter_*`, longer than
# run.py waits for a target to stop.  perf is stopped with SIGINT, which makes it write OUT.txt, before the target
# is stopped.  PERF (default perf) can be set.
set -m  # background jobs keep SIGINT (a non-interactive shell would have them ignore it)
out=$1
port=$2
shift 2
calls="accept4 socket connect close shutdown getsockname getpeername getsockopt setsockopt ioctl fcntl
recvfrom read readv recvmsg sendto write writev sendmsg epoll_ctl epoll_wait poll select futex getrandom
openat newfstatat lseek brk mmap munmap madvise timerfd_settime clock_nanosleep"
events=${EVENTS:-$(printf 'syscalls:sys_enter_%s,' $calls)}
events=${events%,}
"$@" &
target=$!
for _ in $(seq 600); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.05
done
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f %.2f", $14/t, $15/t}' "/proc/$target/stat"; }
before=$(cpu)
"${PERF:-perf}" stat -e "$events" -p "$target" -o "$out" >"$out.log" 2>&1 &
spy=$!
trap 'kill -INT $spy; wait $spy; echo "user/system CPU s while counted: $before -> $(cpu)" >>"$out"; kill -TERM $target; wait $target; exit 0' TERM INT
wait "$target"
