#!/usr/bin/env bash
# A one-node Slurm cluster on this machine for the Slurm backend's tests: Debian's slurm-wlm and
# munge, a private munge key, a slurm.conf naming this host with 2 CPUs (proctrack/linuxproc,
# task/none, no cgroups), munged, slurmctld and slurmd started as root and recorded by PID under
# $BATCHBENCH_SLURM_DIR. `stop` ends exactly those PIDs; nothing is killed by name.
#
#   scripts/slurm-cluster.sh install   apt-get install slurm-wlm munge (only what is missing)
#   scripts/slurm-cluster.sh start     install, write the config, start the daemons, wait for an idle node
#   scripts/slurm-cluster.sh status    print sinfo of the running cluster (exit 1 when it is down)
#   scripts/slurm-cluster.sh env       print SLURM_CONF=... for the running cluster
#   scripts/slurm-cluster.sh stop      end the daemons by PID, remove the state dir
#   scripts/slurm-cluster.sh slurmd-stop   end slurmd alone by PID (a node failure, for a test)
#   scripts/slurm-cluster.sh slurmd-start  start slurmd again (the node comes back: ReturnToService=2)
#   scripts/slurm-cluster.sh test      the tests twice: on a cluster without accounting (all but
#                                      accounting.slurm.ts), then with it (accounting.slurm.ts); stop (always)
#
# Accounting (`start --accounting`, or BATCHBENCH_SLURM_ACCOUNTING=1): also Debian's mariadb-server
# and slurmdbd; mariadbd with its datadir under $DIR, the slurm_acct_db database and its user,
# slurmdbd (slurmdbd.conf mode 600), the cluster added with sacctmgr; all by PID as above.
#
# `start` exits 3 when no cluster can run here (not root and not installed, or a daemon refused
# to start), with the reason on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${BATCHBENCH_SLURM_DIR:-/tmp/batchbench-slurm}"
CONF="$DIR/slurm.conf"
DAEMONS=(slurmd slurmctld slurmdbd mariadbd munged)
ACCOUNTING="${BATCHBENCH_SLURM_ACCOUNTING:-0}"

say() { printf 'slurm-cluster: %s\n' "$*" >&2; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -s "$1" ] && tr -dc '0-9' <"$1" || true; }

cmd_install() {
  local missing=() pkg bin
  local wanted=(slurm-wlm:slurmctld slurm-wlm:slurmd slurm-wlm:sbatch munge:munged)
  [ "$ACCOUNTING" = 1 ] && wanted+=(mariadb-server:mariadbd mariadb-server:mariadb-install-db slurmdbd:slurmdbd)
  for pkg in "${wanted[@]}"; do
    bin="${pkg#*:}"
    pkg="${pkg%%:*}"
    if ! command -v "$bin" >/dev/null && [[ " ${missing[*]} " != *" $pkg "* ]]; then missing+=("$pkg"); fi
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    say "${missing[*]} not installed and this is not root: cannot apt-get install them"
    return 3
  fi
  say "installing ${missing[*]} with apt-get"
  apt-get update -qq
  # policy-rc.d exit 101: the packages' own services are not started; this script starts its own.
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

# A TCP port free on 127.0.0.1 (bind to 0 and read what the kernel gave).
free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

write_conf() {
  local host mem_mb ctl_port d_port
  host="$(hostname -s)"
  # Leave 1 GiB (at least a quarter) to the machine; the node must not promise what it lacks.
  mem_mb=$(($(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo) * 3 / 4))
  ctl_port="$(free_port)"
  d_port="$(free_port)"
  mkdir -p "$DIR/state" "$DIR/spool" "$DIR/log" "$DIR/munge" "$DIR/run"
  cat >"$CONF" <<EOF
ClusterName=batchbench
SlurmctldHost=localhost
SlurmctldPort=$ctl_port
SlurmdPort=$d_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
# Schedule as soon as a job is submitted or ends, and look at the whole queue each time: the
# defaults batch work for a big cluster and leave a one-node test cluster idle between tasks.
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0,default_queue_depth=2000,bf_interval=5,bf_max_job_test=2000
# Without a default, a task without --mem would take the whole node's memory and run alone.
DefMemPerCPU=128
ReturnToService=2
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/run/slurmctld.pid
SlurmdPidFile=$DIR/run/slurmd.pid
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
MaxArraySize=10001
MaxJobCount=50000
MinJobAge=300
SlurmdTimeout=30
SlurmctldTimeout=30
InactiveLimit=0
KillWait=5
Waittime=0
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 RealMemory=$mem_mb Features=type-a,type-b State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
# Many short tasks at once (the 1,000-task test): up to 8 tasks share a core here, so launches
# overlap instead of queueing two at a time behind the node's 2 CPUs.
PartitionName=many Nodes=$host MaxTime=INFINITE State=UP OverSubscribe=FORCE:8
EOF
  preemption_conf "$host" >>"$CONF"
}

# Preemption (the preemption test): a job of the `high` partition (a higher PriorityTier) takes
# the node from a job of `low`, which Slurm requeues (PreemptMode=REQUEUE), as a cluster does with
# scavenger or standby partitions. Only `high` jobs preempt, and only the preemption test submits
# any, so the other partitions' tests run as before.
preemption_conf() {
  cat <<EOF
PreemptType=preempt/partition_prio
PreemptMode=REQUEUE
PartitionName=low Nodes=$1 MaxTime=INFINITE State=UP PriorityTier=1 PreemptMode=REQUEUE
PartitionName=high Nodes=$1 MaxTime=INFINITE State=UP PriorityTier=10 PreemptMode=OFF
EOF
}

# Waits up to $2 half-seconds for command "$1" (a function name) to succeed.
wait_for() {
  local i status
  for i in $(seq 1 "$2"); do
    status=0
    "$1" || status=$?
    [ "$status" -eq 0 ] && return 0
    [ "$status" -eq 2 ] && return 1
    sleep 0.5
  done
  return 1
}

# `timeout`: sinfo waits for a slurmctld that died at start (MessageTimeout, retries) far longer
# than the wait below; a daemon that died fails the wait at once instead.
node_idle() {
  local d
  for d in slurmctld slurmd; do
    alive "$(pid_of "$DIR/run/$d.pid")" || { say "$d (pid $(pid_of "$DIR/run/$d.pid")) died"; return 2; }
  done
  SLURM_CONF="$CONF" timeout 5 sinfo -h -o '%T' 2>/dev/null | grep -qx 'idle'
}

cmd_start() {
  cmd_install || return 3
  if [ "$(id -u)" != 0 ]; then
    say "no cluster: the test cluster runs its daemons as root (uid $(id -u))"
    return 3
  fi
  if alive "$(pid_of "$DIR/run/slurmctld.pid")" && node_idle &&
    { [ "$ACCOUNTING" != 1 ] || alive "$(pid_of "$DIR/run/slurmdbd.pid")"; }; then
    say "cluster already running"
    echo "SLURM_CONF=$CONF"
    return 0
  fi
  cmd_stop
  mkdir -p "$DIR"
  write_conf
  # A private key and socket: nothing of the machine's own munge is used or changed.
  dd if=/dev/urandom of="$DIR/munge/munge.key" bs=1024 count=1 status=none
  chmod 700 "$DIR/munge" && chmod 400 "$DIR/munge/munge.key"
  munged --force --key-file="$DIR/munge/munge.key" --socket="$DIR/munge/munge.socket" \
    --pid-file="$DIR/run/munged.pid" --log-file="$DIR/log/munged.log" --seed-file="$DIR/munge/seed"
  # Slurm's munge plugin reads the socket from AuthInfo.
  printf 'AuthInfo=socket=%s\n' "$DIR/munge/munge.socket" >>"$CONF"
  wait_for munge_ready 20 || { say "no cluster: munged did not start"; cmd_stop; return 3; }
  if [ "$ACCOUNTING" = 1 ]; then start_accounting || { cmd_stop; return 3; }; fi
  SLURM_CONF="$CONF" setsid slurmctld -D -f "$CONF" </dev/null >>"$DIR/log/slurmctld.out" 2>&1 &
  echo $! >"$DIR/run/slurmctld.pid"
  start_slurmd
  if ! wait_for node_idle 120; then
    say "no cluster: the node did not become idle within 60 s (or a daemon died); last words:"
    tail -n 10 "$DIR/log/slurmctld.log" "$DIR/log/slurmd.log" "$DIR/log/slurmd.out" >&2 2>/dev/null || true
    cmd_stop
    return 3
  fi
  say "cluster up: $(SLURM_CONF="$CONF" sinfo -h -o '%N %c CPUs %m MB %T')"
  echo "SLURM_CONF=$CONF"
}

# mariadbd on a private datadir and TCP port, slurmdbd on it, slurm.conf pointed at slurmdbd and
# the cluster registered, all before slurmctld starts.
start_accounting() {
  local db_port dbd_port pass
  db_port="$(free_port)"
  dbd_port="$(free_port)"
  pass="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  mkdir -p "$DIR/mysql"
  mariadb-install-db --no-defaults --user=root --datadir="$DIR/mysql" --skip-test-db \
    --auth-root-authentication-method=socket >"$DIR/log/mariadb-install.log" 2>&1 ||
    { say "no cluster: mariadb-install-db failed:"; tail -n 5 "$DIR/log/mariadb-install.log" >&2; return 1; }
  setsid mariadbd --no-defaults --user=root --datadir="$DIR/mysql" --socket="$DIR/run/mysqld.sock" \
    --port="$db_port" --bind-address=127.0.0.1 --skip-name-resolve --log-error="$DIR/log/mariadbd.log" \
    --pid-file="$DIR/run/mariadbd.own.pid" --innodb-buffer-pool-size=64M --innodb-lock-wait-timeout=900 \
    </dev/null >/dev/null 2>&1 &
  echo $! >"$DIR/run/mariadbd.pid"
  wait_for mariadb_ready 60 || { say "no cluster: mariadbd did not start:"; tail -n 5 "$DIR/log/mariadbd.log" >&2; return 1; }
  mariadb --no-defaults --socket="$DIR/run/mysqld.sock" -u root <<SQL
CREATE DATABASE IF NOT EXISTS slurm_acct_db;
CREATE USER 'slurm'@'127.0.0.1' IDENTIFIED BY '$pass';
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';
SQL
  # slurmdbd refuses a config others can read (it holds the database password).
  (umask 077 && cat >"$DIR/slurmdbd.conf" <<EOF
AuthType=auth/munge
AuthInfo=socket=$DIR/munge/munge.socket
DbdHost=localhost
DbdPort=$dbd_port
SlurmUser=root
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$db_port
StorageUser=slurm
StoragePass=$pass
StorageLoc=slurm_acct_db
PidFile=$DIR/run/slurmdbd.own.pid
LogFile=$DIR/log/slurmdbd.log
DebugLevel=info
EOF
  )
  chmod 600 "$DIR/slurmdbd.conf" && chown root "$DIR/slurmdbd.conf"
  # Slurm's clients reach slurmdbd through the munge socket AccountingStoragePass names (not AuthInfo).
  sed -i -e "s|^AccountingStorageType=.*|AccountingStorageType=accounting_storage/slurmdbd\nAccountingStorageHost=localhost\nAccountingStoragePort=$dbd_port\nAccountingStoragePass=$DIR/munge/munge.socket|" \
    -e 's|^JobAcctGatherType=.*|JobAcctGatherType=jobacct_gather/linux\nJobAcctGatherFrequency=30|' "$CONF"
  SLURM_CONF="$CONF" setsid slurmdbd -D </dev/null >>"$DIR/log/slurmdbd.out" 2>&1 &
  echo $! >"$DIR/run/slurmdbd.pid"
  wait_for slurmdbd_ready 60 || { say "no cluster: slurmdbd did not answer:"; tail -n 5 "$DIR/log/slurmdbd.log" >&2; return 1; }
  SLURM_CONF="$CONF" sacctmgr -i add cluster batchbench >/dev/null
  say "accounting up: mariadbd (pid $(pid_of "$DIR/run/mariadbd.pid")), slurmdbd (pid $(pid_of "$DIR/run/slurmdbd.pid"))"
}

mariadb_ready() {
  alive "$(pid_of "$DIR/run/mariadbd.pid")" || return 2
  mariadb --no-defaults --socket="$DIR/run/mysqld.sock" -u root -e 'SELECT 1' >/dev/null 2>&1
}

slurmdbd_ready() {
  alive "$(pid_of "$DIR/run/slurmdbd.pid")" || return 2
  SLURM_CONF="$CONF" timeout 5 sacctmgr -n list cluster >/dev/null 2>&1
}

start_slurmd() {
  SLURM_CONF="$CONF" setsid slurmd -D -f "$CONF" </dev/null >>"$DIR/log/slurmd.out" 2>&1 &
  echo $! >"$DIR/run/slurmd.pid"
}

munge_ready() { munge -n --socket="$DIR/munge/munge.socket" </dev/null | unmunge --socket="$DIR/munge/munge.socket" >/dev/null 2>&1; }

cmd_status() {
  [ -f "$CONF" ] && alive "$(pid_of "$DIR/run/slurmctld.pid")" || { say "not running"; return 1; }
  SLURM_CONF="$CONF" sinfo
}

cmd_env() {
  [ -f "$CONF" ] || { say "not running"; return 1; }
  echo "SLURM_CONF=$CONF"
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
  local d
  cancel_jobs
  for d in "${DAEMONS[@]}"; do end_pid "$(pid_of "$DIR/run/$d.pid")" "$d"; done
  rm -rf "$DIR"
}

# Jobs still running when the daemons stop leave their slurmstepd (and the task under it) running
# with no slurmd to end them: cancel every job of this cluster first and wait, up to 20 s, until
# slurmctld has none left. Needs both daemons up; a test that stopped slurmd starts it again.
cancel_jobs() {
  alive "$(pid_of "$DIR/run/slurmctld.pid")" && alive "$(pid_of "$DIR/run/slurmd.pid")" || return 0
  local jobs i
  jobs="$(SLURM_CONF="$CONF" timeout 5 squeue -h -o %A 2>/dev/null | sort -u | tr '\n' ' ')"
  [ -n "${jobs// /}" ] || return 0
  say "cancelling the jobs left: $jobs"
  # shellcheck disable=SC2086 # one argument per job id
  SLURM_CONF="$CONF" timeout 10 scancel --full $jobs 2>/dev/null || true
  for i in $(seq 1 40); do
    [ -z "$(SLURM_CONF="$CONF" timeout 5 squeue -h -o %A 2>/dev/null)" ] && return 0
    sleep 0.5
  done
  say "jobs still listed after 20 s: $(SLURM_CONF="$CONF" timeout 5 squeue -h -o '%A %T' 2>/dev/null | tr '\n' ' ')"
}

# A skip is not a pass: no cluster fails the test run, and the tests fail rather than skip.
# Two clusters one after the other: without accounting (squeue alone, as most clusters a user
# reaches without slurmdbd), then with slurmdbd for accounting.slurm.ts. `--outputFile=F.json`
# gives the second pass F.accounting.json.
cmd_test() {
  trap cmd_stop EXIT
  local started status=0 args=() arg
  started=$(date +%s)
  # Both passes' packages at once: one apt-get update, one install, when anything is missing.
  ACCOUNTING=1 cmd_install || { say "FAIL: the Slurm and accounting packages could not be installed"; return 1; }
  ACCOUNTING=0 test_pass --exclude test/slurm/accounting.slurm.ts "$@" || status=$?
  say "slurm tests without accounting: $(($(date +%s) - started)) s, cluster start included"
  cmd_stop
  for arg in "$@"; do
    case "$arg" in --outputFile=*.json) args+=("${arg%.json}.accounting.json") ;; *) args+=("$arg") ;; esac
  done
  local second
  second=$(date +%s)
  ACCOUNTING=1 test_pass test/slurm/accounting.slurm.ts "${args[@]}" || status=$?
  say "slurm tests with accounting: $(($(date +%s) - second)) s; $(($(date +%s) - started)) s in all"
  return "$status"
}

test_pass() {
  local env
  # One more try: on a loaded machine a daemon was seen dying once at start and coming up the next time.
  env="$(cmd_start)" || { say "the cluster did not start; trying once more"; env="$(cmd_start)"; } ||
    { say "FAIL: no cluster could start, so the Slurm tests cannot run"; return 1; }
  BATCHBENCH_SLURM_ACCOUNTING="$ACCOUNTING" BATCHBENCH_SLURM_REQUIRED=1 BATCHBENCH_SLURM_DIR="$DIR" \
    env "${env?}" npx vitest run --config vitest.slurm.config.ts "$@"
}

case "${1:-}" in
  install) cmd_install ;;
  start)
    [ "${2:-}" = --accounting ] && ACCOUNTING=1
    cmd_start
    ;;
  status) cmd_status ;;
  env) cmd_env ;;
  stop) cmd_stop ;;
  slurmd-stop) end_pid "$(pid_of "$DIR/run/slurmd.pid")" slurmd ;;
  slurmd-start) start_slurmd ;;
  test) shift; cmd_test "$@" ;;
  *)
    echo "usage: scripts/slurm-cluster.sh install|start [--accounting]|status|env|stop|slurmd-stop|slurmd-start|test [vitest args]" >&2
    exit 2
    ;;
esac
