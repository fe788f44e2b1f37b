"""A throw-away PostgreSQL + PostGIS server for the tests: initdb in a temporary folder, started on a
port and a unix socket of its own, stopped and deleted afterwards. No mock, no shared server.

As root (CI), the cluster belongs to the ``postgres`` user (PostgreSQL refuses to run as root);
otherwise to the current user. ``ZOAST_NO_POSTGIS=1`` skips the PostGIS tests explicitly; any other
failure to start is an error, never a silent skip.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class PostgresError(RuntimeError):
    pass


def _bindir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    found = shutil.which("initdb")
    if candidates:
        return Path(candidates[0]).parent
    if found:
        return Path(found).resolve().parent
    raise PostgresError("initdb not found: install the Debian packages postgresql and postgresql-15-postgis-3 "
                        "(make test does it)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """``start()`` then ``dsn(dbname)``; ``stop()`` removes everything."""

    def __init__(self):
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="zoast-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self.started = False

    def _run(self, *args, check=True):
        command = [str(self.bindir / args[0]), *map(str, args[1:])]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise PostgresError("{} failed ({}): {}{}".format(args[0], result.returncode, result.stdout,
                                                              result.stderr))
        return result

    def start(self) -> "PostgresServer":
        self.socket_dir.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.socket_dir, "postgres", "postgres")
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", self.user, "-E", "UTF8", "--no-sync")
        options = "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off".format(self.port, self.socket_dir)
        self._run("pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "server.log", "-w", "-t", "60",
                  "start")
        self.started = True
        self._run("createdb", "-h", "127.0.0.1", "-p", self.port, "-U", self.user, "zoast")
        self.sql("CREATE EXTENSION postgis")
        return self

    def sql(self, statement: str, dbname: str = "zoast") -> str:
        return self._run("psql", "-h", "127.0.0.1", "-p", self.port, "-U", self.user, "-d", dbname, "-v",
                         "ON_ERROR_STOP=1", "-At", "-c", statement).stdout

    def dsn(self, dbname: str = "zoast") -> str:
        return "host=127.0.0.1 port={} dbname={} user={}".format(self.port, dbname, self.user)

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


def wait_for(predicate, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False
