#!/usr/bin/env bash
# The end-to-end test's machine: a private Docker engine (the hosts AWS Batch runs containers on)
# and an image built offline with the batchbench runner inside; buildah and docker-registry for
# the build-image tests, which start the registry themselves (test/e2e/registry.ts). Every daemon
# it or a test starts is recorded by PID under $BATCHBENCH_E2E_DIR and ended by that PID; nothing
# is killed by name.
#
#   scripts/e2e.sh install   apt-get install docker.io busybox-static buildah docker-registry (what is missing)
#   scripts/e2e.sh start     start dockerd on a private socket; prints DOCKER_HOST=...
#   scripts/e2e.sh image     build the test image FROM scratch in that engine; prints IMAGE=...
#   scripts/e2e.sh stop      end every daemon this script or the test started, unmount, remove the dir
#   scripts/e2e.sh test      install, then `vitest --config vitest.e2e.config.ts`, then stop (always)
#
# `start` exits 3 when no engine can run here (not installed and not root, or dockerd refused to
# start): it prints the reason on stderr, and the test skips with it.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${BATCHBENCH_E2E_DIR:-/tmp/batchbench-e2e}"
SOCK="$DIR/docker.sock"
PIDFILE="$DIR/dockerd.pid"
LOG="$DIR/dockerd.log"
IMAGE="${BATCHBENCH_E2E_IMAGE:-batchbench-e2e:latest}"
# Pidfiles of other daemons the tests start (moto, docker-registry): `stop` ends them too if the
# test could not.
EXTRA_PIDFILES=("$DIR/moto.pid" "$DIR/registry.pid")
# The Debian client matches the Debian daemon's API; a newer client elsewhere on PATH may not.
DOCKER_BIN="$(command -v /usr/bin/docker || command -v docker || true)"

say() { printf 'e2e: %s\n' "$*" >&2; }

docker_cli() { DOCKER_HOST="unix://$SOCK" "$DOCKER_BIN" "$@"; }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

pid_of() { [ -s "$1" ] && tr -dc '0-9' <"$1" || true; }

cmd_install() {
  # One binary per package tells whether it is there; only what is missing is installed.
  local missing=() pkg bin
  for pkg in docker.io:dockerd docker.io:containerd docker.io:runc docker.io:/usr/bin/docker \
    busybox-static:/bin/busybox buildah:buildah docker-registry:/usr/bin/docker-registry; do
    bin="${pkg#*:}"
    pkg="${pkg%%:*}"
    if ! command -v "$bin" >/dev/null && [[ " ${missing[*]} " != *" $pkg "* ]]; then missing+=("$pkg"); fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "docker.io, busybox-static, buildah and docker-registry already installed"
    return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    say "${missing[*]} not installed and this is not root: cannot apt-get install them"
    return 3
  fi
  say "installing ${missing[*]} with apt-get"
  apt-get update -qq
  # policy-rc.d exit 101: the packages' own services (docker-registry's) are not started; the
  # test starts what it needs, by PID.
  local policy=/usr/sbin/policy-rc.d made_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
  fi
  local status=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    status=$?
  [ -n "$made_policy" ] && rm -f "$policy"
  return "$status"
}

cmd_start() {
  mkdir -p "$DIR"
  local pid
  pid="$(pid_of "$PIDFILE")"
  if alive "$pid" && docker_cli version >/dev/null 2>&1; then
    say "dockerd already running (pid $pid)"
    echo "DOCKER_HOST=unix://$SOCK"
    return 0
  fi
  if ! command -v dockerd >/dev/null; then
    say "SKIP: dockerd is not installed (run: scripts/e2e.sh install, as root)"
    return 3
  fi
  if [ "$(id -u)" != 0 ]; then
    say "SKIP: dockerd needs root here (uid $(id -u)); rootless Docker is not set up"
    return 3
  fi
  rm -f "$SOCK" "$PIDFILE"
  # vfs: no overlay mounts needed. No bridge and no iptables: jobs use host networking (moto's
  # MOTO_DOCKER_NETWORK_MODE=host), so the runner reaches moto on 127.0.0.1 without NAT rules.
  setsid dockerd \
    --data-root "$DIR/data" --exec-root "$DIR/exec" --pidfile "$PIDFILE" \
    -H "unix://$SOCK" --storage-driver vfs \
    --iptables=false --ip6tables=false --bridge=none --userland-proxy=false \
    --exec-opt native.cgroupdriver=cgroupfs --log-level warn \
    </dev/null >"$LOG" 2>&1 &
  local launched=$!
  local waited=0
  until docker_cli version >/dev/null 2>&1; do
    if ! alive "$launched"; then
      say "SKIP: dockerd exited during start-up; its last words:"
      tail -n 15 "$LOG" >&2 || true
      cmd_stop >/dev/null 2>&1 || true
      return 3
    fi
    if [ "$waited" -ge 60 ]; then
      say "SKIP: dockerd did not answer on $SOCK within 30 s; its last words:"
      tail -n 15 "$LOG" >&2 || true
      cmd_stop >/dev/null 2>&1 || true
      return 3
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  # dockerd writes its pidfile itself; keep ours in case it has not yet.
  [ -s "$PIDFILE" ] || echo "$launched" >"$PIDFILE"
  say "dockerd running (pid $(pid_of "$PIDFILE")), socket $SOCK"
  echo "DOCKER_HOST=unix://$SOCK"
}

# The image AWS Batch would pull: no registry here, so it is assembled FROM scratch out of this
# machine's node binary and the shared libraries it links, the bundled runner as ENTRYPOINT (as
# container/Dockerfile does), the workload, and a static busybox for a shell when debugging.
cmd_image() {
  [ -f dist/runner.js ] || node scripts/build.mjs
  local node ctx
  node="$(readlink -f "$(command -v node)")"
  ctx="$DIR/image"
  rm -rf "$ctx"
  mkdir -p "$ctx/usr/local/bin" "$ctx/opt/batchbench" "$ctx/opt/e2e" "$ctx/tmp" "$ctx/bin" "$ctx/etc"
  cp "$node" "$ctx/usr/local/bin/node"
  local lib
  for lib in $(ldd "$node" | grep -o '/[^ ]*'); do
    mkdir -p "$ctx$(dirname "$lib")"
    cp -L "$lib" "$ctx$lib"
  done
  [ -x /bin/busybox ] && cp /bin/busybox "$ctx/bin/busybox" && ln -s busybox "$ctx/bin/sh"
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$ctx/etc/passwd"
  cp dist/runner.js "$ctx/opt/batchbench/runner.js"
  cp test/e2e/image/work.mjs "$ctx/opt/e2e/work.mjs"
  cat >"$ctx/Dockerfile" <<'EOF'
FROM scratch
COPY . /
ENV PATH=/usr/local/bin:/bin HOME=/tmp
WORKDIR /opt/e2e
ENTRYPOINT ["node", "/opt/batchbench/runner.js", "--"]
EOF
  printf 'Dockerfile\n.dockerignore\n' >"$ctx/.dockerignore"
  DOCKER_BUILDKIT=0 docker_cli build -q -t "$IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  say "image $IMAGE built"
  echo "IMAGE=$IMAGE"
}

# Ends one process by PID: SIGTERM, up to 20 s, then SIGKILL.
end_pid() {
  local pid="$1" name="$2" i
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 40); do
    alive "$pid" || { say "stopped $name (pid $pid)"; return 0; }
    sleep 0.5
  done
  say "$name (pid $pid) ignored SIGTERM: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

cmd_stop() {
  [ -d "$DIR" ] || return 0
  local f pid
  for f in "${EXTRA_PIDFILES[@]}"; do
    pid="$(pid_of "$f")"
    [ -n "$pid" ] && end_pid "$pid" "$(basename "$f" .pid)"
    rm -f "$f"
  done
  # dockerd stops its containers and its own containerd on SIGTERM; those are checked after.
  end_pid "$(pid_of "$PIDFILE")" dockerd
  for f in "$DIR/exec/containerd/containerd.pid" "$DIR/data/containerd/daemon/containerd.pid"; do
    pid="$(pid_of "$f")"
    [ -n "$pid" ] && end_pid "$pid" containerd
  done
  # dockerd leaves its network namespace mounted under the exec root.
  local m
  for m in $(awk -v d="$DIR/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || say "could not unmount $m"
  done
  rm -rf "$DIR"
}

cmd_test() {
  trap cmd_stop EXIT
  cmd_install || say "cannot install Docker here; the test will skip and say why"
  # The test runs what ships: bin/batchbench.js (dist/cli.js) and dist/runner.js in the image.
  if [ ! -f dist/cli.js ] || [ ! -f dist/runner.js ]; then
    node scripts/build.mjs
  elif [ -n "$(find src -name '*.ts' -newer dist/runner.js -print -quit)" ]; then
    say "warning: src/ is newer than dist/: the test runs dist/ as built (npm run build to refresh)"
  fi
  npx vitest run --config vitest.e2e.config.ts "$@"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  image) cmd_image ;;
  stop) cmd_stop ;;
  test) shift; cmd_test "$@" ;;
  *)
    echo "usage: scripts/e2e.sh install|start|image|stop|test [vitest args]" >&2
    exit 2
    ;;
esac
