#!/usr/bin/env bash
# The GNU parallel recipe of README.md ("Archives on many machines"), run for real: two
# "hosts" made with network namespaces, each with a veth pair to this machine's namespace and
# its own sshd (own config, host key, port, pid file and authorized key, all made for the
# test in a temporary folder), and `parallel --sshlogin` running `minutes map --shard K/2` on
# each. The shards merged in input order must equal a single-machine `minutes map`, byte for
# byte. The hosts share this machine's files, as hosts with the archive on shared storage do.
# Skips (exit 77) where namespaces, sshd or parallel cannot be had; removes the namespaces,
# links and processes it made on any exit.
# Usage: multihost_test.sh path/to/minutes   (run from the project root)
set -u
bin=$(realpath "$1")
root=$(pwd)
skip() { echo "SKIP: $* — the multi-host test needs root, ip netns, sshd (openssh-server) and GNU parallel"; exit 77; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
failures=0

[ "$(id -u)" -eq 0 ] || skip "not root"
for tool in ip ssh ssh-keygen parallel python3; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
sshd=/usr/sbin/sshd
[ -x "$sshd" ] || skip "$sshd is not installed (apt-get install openssh-server)"

id=$$
tmp=$(mktemp -d)
ns1="minutes-mh$id-1" ns2="minutes-mh$id-2"
made_run_sshd=""
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  # Deleting a namespace deletes its end of each veth pair, and with it this end.
  ip netns del "$ns1" 2>/dev/null
  ip netns del "$ns2" 2>/dev/null
  ip link del "mh${id}a1" 2>/dev/null
  ip link del "mh${id}a2" 2>/dev/null
  [ -n "$made_run_sshd" ] && rmdir /run/sshd 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

ip netns add "$ns1" 2>/dev/null || skip "ip netns add failed (no network namespaces here)"
ip netns add "$ns2" 2>/dev/null || skip "ip netns add failed"

# Addresses: link-local /30 pairs (this side .1/.5, the hosts .2/.6), the third byte from
# the process id so that two runs do not meet.
net="169.254.$((id % 200 + 20))"
addr_of() { echo "$net.$((4 * $1 - 2))"; }
for h in 1 2; do
  ns="minutes-mh$id-$h"
  ip link add "mh${id}a$h" type veth peer name "mh${id}b$h" || skip "cannot make a veth pair"
  ip link set "mh${id}b$h" netns "$ns"
  ip addr add "$net.$((4 * h - 3))/30" dev "mh${id}a$h"
  ip link set "mh${id}a$h" up
  ip -n "$ns" addr add "$(addr_of "$h")/30" dev "mh${id}b$h"
  ip -n "$ns" link set "mh${id}b$h" up
  ip -n "$ns" link set lo up
done

# Keys made for this test only: one client key, one host key per host.
ssh-keygen -q -t ed25519 -N '' -f "$tmp/client_key" -C minutes-multihost-test
cp "$tmp/client_key.pub" "$tmp/authorized_keys"
if [ ! -d /run/sshd ]; then  # sshd's privilege separation folder, as its service makes it
  mkdir -p -m 0755 /run/sshd && made_run_sshd=1
fi
port=2222
: >"$tmp/known_hosts"
for h in 1 2; do
  ssh-keygen -q -t ed25519 -N '' -f "$tmp/host_key$h"
  echo "[$(addr_of "$h")]:$port $(cut -d' ' -f1,2 "$tmp/host_key$h.pub")" >>"$tmp/known_hosts"
  cat >"$tmp/sshd_config$h" <<CONF
ListenAddress $(addr_of "$h")
Port $port
HostKey $tmp/host_key$h
PidFile $tmp/sshd$h.pid
AuthorizedKeysFile $tmp/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AllowUsers root
AllowTcpForwarding no
X11Forwarding no
PrintMotd no
LogLevel VERBOSE
CONF
  "$sshd" -t -f "$tmp/sshd_config$h" || skip "sshd refuses the test's configuration"
  ip netns exec "minutes-mh$id-$h" "$sshd" -D -e -f "$tmp/sshd_config$h" 2>"$tmp/sshd$h.log" &
  pids+=($!)
  cat >>"$tmp/ssh_config" <<CONF
Host host$h
  HostName $(addr_of "$h")
  Port $port
  User root
  IdentityFile $tmp/client_key
  IdentitiesOnly yes
  UserKnownHostsFile $tmp/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  ConnectTimeout 5
  LogLevel ERROR
CONF
done
for h in 1 2; do
  for ((try = 0; try < 50; try++)); do
    ssh -F "$tmp/ssh_config" -n "host$h" true 2>/dev/null && break
    sleep 0.2
  done
  ssh -F "$tmp/ssh_config" -n "host$h" true || { echo "FAIL: cannot ssh to host$h: $(cat "$tmp/sshd$h.log")"; exit 1; }
done
echo "two hosts up: $(addr_of 1), $(addr_of 2) (sshd on port $port in each namespace)"

# The archive: seeds and samples, absolute paths, as on shared storage.
find "$root/seeds" "$root/samples" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) ! -name README.md |
  sort >"$tmp/list"
docs=$(wc -l <"$tmp/list")
"$bin" map <"$tmp/list" >"$tmp/single.jsonl" || fail "the single-machine map failed"

# The README recipe: one shard per host; --keep-order prints shard 1, then shard 2.
export PARALLEL_HOME="$tmp/parallel-home"  # parallel's own files stay in the test's folder
parallel --will-cite --keep-order --ssh "ssh -F $tmp/ssh_config" --sshlogin 1/host1,1/host2 \
  "$bin map --jobs 1 --shard {}/2 < $tmp/list" ::: 1 2 >"$tmp/shards.jsonl" 2>"$tmp/parallel.err" ||
  fail "parallel --sshlogin failed: $(head -c 600 "$tmp/parallel.err")"
for h in 1 2; do
  grep -q "Accepted publickey for root" "$tmp/sshd$h.log" || fail "host$h ran nothing (its sshd log: $(tail -3 "$tmp/sshd$h.log"))"
done

# Merged in input order (each line names its source path), the shards equal the single run.
python3 - "$tmp/list" "$tmp/shards.jsonl" "$tmp/single.jsonl" <<'PY' || fail "the merged shards differ from the single-machine run"
import json, sys
order = {p: i for i, p in enumerate(open(sys.argv[1]).read().splitlines())}
lines = open(sys.argv[2], encoding="utf-8").read().splitlines(keepends=True)
merged = sorted(lines, key=lambda l: order[json.loads(l)["source"]["path"]])
single = open(sys.argv[3], encoding="utf-8").read()
assert len(lines) == len(order), f"{len(lines)} lines for {len(order)} documents"
assert "".join(merged) == single, "merged output differs"
PY
echo "$docs documents: two shards over ssh, merged, equal the single-machine output"

# The README's other recipe: chunks of the list spread over the hosts, kept in order; the
# output is the single-machine output as it is.
parallel --will-cite --pipe -N 5 --keep-order --ssh "ssh -F $tmp/ssh_config" \
  --sshlogin 1/host1,1/host2 "$bin map --jobs 1" <"$tmp/list" >"$tmp/chunks.jsonl" 2>"$tmp/parallel.err" ||
  fail "parallel --pipe --sshlogin failed: $(head -c 600 "$tmp/parallel.err")"
cmp -s "$tmp/chunks.jsonl" "$tmp/single.jsonl" || fail "the --pipe recipe's output differs from the single-machine run"

if [ "$failures" -ne 0 ]; then
  echo "$failures multi-host check(s) failed"
  exit 1
fi
echo "all multi-host checks passed"
