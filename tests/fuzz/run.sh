#!/usr/bin/env bash
# Builds the sandbox's and the client's libFuzzer targets with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer into their own build directory, then runs each for a bounded time
# from the seeds beside this script. Fails on the first crash, leak or undefined behaviour.
#   FUZZ_SECONDS   seconds per target (default 20)
#   FUZZ_BUILD_DIR build directory (default build-fuzz, at the root of the source tree)
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-20}
targets=(fuzz_sandboxrequest fuzz_apiroute fuzz_faultspec fuzz_usersfile fuzz_apianswer
    fuzz_problemdetails)
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" >/dev/null
cmake --build "$build" --target "${targets[@]}"

for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    echo "==> $target for $seconds s"
    # The first directory receives what the run finds; the seeds stay unchanged.
    log="$build/$target.log"
    status=0
    QT_QPA_PLATFORM=offscreen "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "tests/fuzz/seeds/$target" >"$log" 2>&1 ||
        status=$?
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|DONE|ERROR|SUMMARY" "$log" || true
    if [ $status -ne 0 ]; then
        tail -n 60 "$log"
        exit 1
    fi
done
