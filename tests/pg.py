"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary
directory, loopback only, stopped at the end of the session."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    exe = shutil.which(name)
    if not exe:
        raise RuntimeError(f"PostgreSQL's {name} not found: scripts/setup.sh --test installs the Debian package postgresql")
    return exe


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="ms-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.superuser = "milestones_admin"
        # initdb refuses to run as root: run the server as the postgres user when we are root
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *cmd: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *cmd], check=True, capture_output=True, text=True, **kw)

    def start(self) -> "ThrowawayPostgres":
        if self.as_user:
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            os.chmod(self.dir, 0o755)
        self._run(_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", self.superuser, "-E", "UTF8",
                  "--locale=C")
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                  f"-c max_connections=120", "start")
        # pg_ctl -w has waited until the server accepts connections
        with socket.create_connection(("127.0.0.1", self.port), timeout=10):
            return self

    def stop(self) -> None:
        try:
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        auth = user or self.superuser
        if password:
            auth += f":{password}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser, dbname=database,
                             autocommit=True) as c:
            c.execute(sql)

    def new_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)
