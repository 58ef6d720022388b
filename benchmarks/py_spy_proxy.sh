#!/bin/bash
# Profile the proxy that benchmarks/run.py starts, with py-spy:
#
#   python benchmarks/run.py --scenarios 2 --targets proxy \
#       --proxy-cmd 'benchmarks/py_spy_proxy.sh OUT.raw {twistd} -n --pidfile= koreshield --config {config} --listen {listen}'
#
# `py-spy record -- COMMAND` as the proxy command writes nothing: run.py stops the proxy with SIGTERM, which ends
# py-spy before it writes its samples.  Here py-spy attaches to the proxy once it has started (its start-up, the
# scanner's compilation, is left out) and is stopped with SIGINT, which makes it write OUT.raw, before the proxy is
# stopped.  PY_SPY (default /work/venv-bench/bin/py-spy) and PY_SPY_RATE (default 250 a second) can be set.
out=$1
shift
"$@" &
proxy=$!
sleep "${PY_SPY_DELAY:-1.5}"
"${PY_SPY:-/work/venv-bench/bin/py-spy}" record -r "${PY_SPY_RATE:-250}" -f raw -o "$out" --pid "$proxy" >"$out.log" 2>&1 &
spy=$!
trap 'kill -INT $spy; wait $spy; kill -TERM $proxy; wait $proxy; exit 0' TERM INT
wait "$proxy"
