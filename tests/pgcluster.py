#!/usr/bin/env python3
"""Run a command against a throw-away PostgreSQL cluster.

    python tests/pgcluster.py -- python -m pytest

Creates a cluster with ``initdb`` in a temporary folder, starts it on a free
loopback port with durability switched off (it is thrown away), creates the
database ``newsroom``, runs the command with ``DATABASE_URL`` pointing at it,
then stops the server and deletes the folder. Run as root, the server runs
as the ``postgres`` user (PostgreSQL refuses to run as root).

When the server binaries are missing it says so and exits 0, unless
``NEWSROOM_REQUIRE_POSTGRES=1`` (set by ``.ci/run``), which makes that an error.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile


def find_bindir():
    """The newest Debian server install, else wherever ``pg_ctl`` is on the PATH."""
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda path: int(path.split("/")[4]) if path.split("/")[4].isdigit() else 0,
    )
    if debian:
        return os.path.dirname(debian[-1])
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl and all(os.path.exists(os.path.join(os.path.dirname(pg_ctl), n)) for n in ("initdb", "createdb")):
        return os.path.dirname(pg_ctl)
    return None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main(argv):
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package"
        if os.environ.get("NEWSROOM_REQUIRE_POSTGRES") == "1":
            print(f"pgcluster: {message}.", file=sys.stderr)
            return 2
        print(f"pgcluster: SKIPPING the PostgreSQL run: {message}.", file=sys.stderr)
        return 0

    as_user = []
    workdir = tempfile.mkdtemp(prefix="newsroom-pg-")
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            print("pgcluster: running as root and there is no 'postgres' user to run the server as.", file=sys.stderr)
            return 2
        os.chown(workdir, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(workdir, "data")
    log = os.path.join(workdir, "server.log")
    port = free_port()

    def run(*command, **kwargs):
        return subprocess.run([*as_user, *command], check=True, **kwargs)

    try:
        run(
            os.path.join(bindir, "initdb"), "-D", data, "-U", "newsroom", "--auth=trust",
            "-E", "UTF8", "--no-locale", stdout=subprocess.DEVNULL,
        )
        options = (
            f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        run(
            os.path.join(bindir, "pg_ctl"), "-D", data, "-o", options, "-l", log, "-w", "start",
            stdout=subprocess.DEVNULL,
        )
        try:
            run(os.path.join(bindir, "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "newsroom", "newsroom")
            version = subprocess.run(
                [os.path.join(bindir, "postgres"), "--version"], capture_output=True, text=True
            ).stdout.strip()
            print(f"pgcluster: {version} on 127.0.0.1:{port} (throw-away cluster in {workdir})", file=sys.stderr)
            env = dict(os.environ, DATABASE_URL=f"postgres://newsroom@127.0.0.1:{port}/newsroom")
            return subprocess.run(argv, env=env).returncode
        finally:
            run(os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop", stdout=subprocess.DEVNULL)
    except subprocess.CalledProcessError as error:
        print(f"pgcluster: {' '.join(map(str, error.cmd))} failed (exit {error.returncode}).", file=sys.stderr)
        if os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as handle:
                sys.stderr.write(handle.read()[-3000:])
        return 2
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
