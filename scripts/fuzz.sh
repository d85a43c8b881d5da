#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each briefly (FUZZ_SECONDS, default 20),
# starting from the shipped runbooks, programs that once crashed or hung libjq, and a few Prometheus
# answers. Any crash fails the run and leaves the input in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-20}"
cmake -S tests/fuzz -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 >/dev/null
mkdir -p build-fuzz/corpus-runbook build-fuzz/corpus-curl build-fuzz/corpus-jq build-fuzz/corpus-prometheus \
  build-fuzz/corpus-markdown build-fuzz/corpus-alertmanager
cp resources/runbooks/*.md tests/data/runbook-corpus/*.md build-fuzz/corpus-runbook/
printf '# Old Mac\r\r- [ ] item\r\r```bash\rcurl qrc:/x\rX=$(curl -s http://h/x | jq .a\recho it'"'"'s\r```\r' > build-fuzz/corpus-runbook/cr-only.md
# fuzz_curl's first byte picks the fence's language: "\001" bash, "\002" console, "\003" powershell, "\004" cmd.
printf '\001curl -X POST http://h/x -d '"'"'{"a": 1}'"'"' -H "Authorization: Bearer ${T}" | jq .a\n' > build-fuzz/corpus-curl/seed.sh
printf '\001curl -fsSLG --data-urlencode "q=up[5m]" --json @b -m 3 -kI h/x\nwget -qO- --header=X:1 h\nhttp POST :9/x a=1 n:=2 q==3 H:v\n' > build-fuzz/corpus-curl/tools.sh
printf '\002$ curl -s h/-/ready\nReady.\nPS C:\\> irm h/x\n> kubectl get po\n# 상태\n□ 백업\n✅ 공지\n14:02 알람\n' > build-fuzz/corpus-curl/console.txt
printf '\003Invoke-RestMethod `\n  -Uri "$env:API/x" -Method Post `\n  -Headers @{ Authorization = "Bearer $env:T"; "X-A" = '"'"'b'"'"' } `\n  -Body '"'"'{"x":1}'"'"' | Select-Object -ExpandProperty data\ncurl.exe -s h/y\n' > build-fuzz/corpus-curl/powershell.ps1
printf '\004curl -s -H "X-Key: %%KEY%%" ^\n  h/x\nREM done\n' > build-fuzz/corpus-curl/cmd.bat
printf '.a\n{"a": [1, "x"]}' > build-fuzz/corpus-jq/path
printf '.s[.offset:]\n{"s":"abc","offset":nan}' > build-fuzz/corpus-jq/assertion
printf '.a[1000000000] = 1\n{"a":[]}' > build-fuzz/corpus-jq/huge-index
printf '[.a[] as $x | .a[] as $y | .a[] as $z | 1] | length\n{"a":[%s0]}' "$(seq -s, 1 300)," > build-fuzz/corpus-jq/cartesian
printf '{"kind":"ok","text":"x"}' > build-fuzz/corpus-jq/answer
cp tests/fuzz/corpus-prometheus/*.json build-fuzz/corpus-prometheus/
cp tests/fuzz/corpus-alertmanager/*.json build-fuzz/corpus-alertmanager/
printf '# a *b* _c_ `d` <e> [f](g) | h &amp; $i$ ##\n1. ~4.8%% 15.2m\n---\n<http://h/var_host> www.x.com/a_b\n' \
  > build-fuzz/corpus-markdown/mixed
for target in fuzz_runbook fuzz_curl fuzz_jq fuzz_prometheus fuzz_markdown fuzz_alertmanager; do
  corpus="build-fuzz/corpus-${target#fuzz_}"
  (cd build-fuzz && "./$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -artifact_prefix="./$target-" "${corpus#build-fuzz/}" 2>&1 | grep -E '^(Done|INFO: Seed|==[0-9]+==ERROR|SUMMARY)' || true)
  # Each pattern alone: `ls` of a crash and a missing timeout exits 2, which hid crashes.
  failing=$(compgen -G "build-fuzz/$target-crash-*" || compgen -G "build-fuzz/$target-timeout-*" || true)
  if [ -n "$failing" ]; then
    echo "fuzz: $target found a failing input: $failing (base64: $(base64 -w0 "${failing%%$'\n'*}"))" >&2
    "build-fuzz/$target" "${failing%%$'\n'*}" 2>&1 | grep -vE '^(INFO|#|MS:|Base64|artifact)' | head -20 >&2 || true
    exit 1
  fi
done
