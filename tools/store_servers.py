"""Start or stop throwaway PostgreSQL and Redis servers on 127.0.0.1 for the store tests.

    python tools/store_servers.py start DIR   # prints `export CONVOSCRIPT_TEST_..._URL=...`
    python tools/store_servers.py stop DIR

The servers live in DIR (data, sockets, logs) on free loopback ports, never on a public
interface. PostgreSQL runs as the `postgres` user when started by root (initdb refuses root),
with fsync off: they are for tests, thrown away afterwards. `.ci/run` and the test fixtures
(tests/stores/conftest.py, when the URLs are not set) both use this.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bin() -> Path | None:
    """The directory of initdb and pg_ctl (Debian keeps them out of PATH)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    return Path(dirs[-1]) if dirs and (Path(dirs[-1]) / "pg_ctl").exists() else None


def missing() -> list[str]:
    """What is not installed (Debian package names)."""
    out = []
    if postgres_bin() is None:
        out.append("postgresql")
    if shutil.which("redis-server") is None:
        out.append("redis-server")
    return out


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def start(base: Path) -> dict[str, str]:
    """Start both servers under `base`; returns the environment variables naming them."""
    lacking = missing()
    if lacking:
        raise RuntimeError(
            f"not installed: {', '.join(lacking)} (apt-get install -y {' '.join(lacking)})"
        )
    base.mkdir(parents=True, exist_ok=True)
    pg_dir, redis_dir = base / "pg", base / "redis"
    pg_dir.mkdir(exist_ok=True)
    redis_dir.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(pg_dir, "postgres")
        os.chmod(base, 0o755)
    binary = postgres_bin()
    pg_port, redis_port = free_port(), free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT}
    subprocess.run(
        _as_postgres(
            [
                str(binary / "initdb"),
                "-D",
                str(pg_dir / "data"),
                "-A",
                "trust",
                "-U",
                "convoscript",
                "--no-sync",
                "-E",
                "UTF8",
            ]
        ),
        check=True,
        **quiet,
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -p {pg_port} -c unix_socket_directories={pg_dir}"
        " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        " -c max_connections=200"
    )
    subprocess.run(
        _as_postgres(
            [
                str(binary / "pg_ctl"),
                "-D",
                str(pg_dir / "data"),
                "-o",
                options,
                "-l",
                str(pg_dir / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        ),
        check=True,
        **quiet,
    )
    subprocess.run(
        _as_postgres(
            [
                str(binary / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(pg_port),
                "-U",
                "convoscript",
                "convoscript_test",
            ]
        ),
        check=True,
        **quiet,
    )
    subprocess.run(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(redis_port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
            "--dir",
            str(redis_dir),
            "--pidfile",
            str(redis_dir / "redis.pid"),
            "--logfile",
            str(redis_dir / "log"),
        ],
        check=True,
        **quiet,
    )
    deadline = time.time() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", redis_port), timeout=1).close()
            break
        except OSError:
            if time.time() > deadline:
                raise RuntimeError(f"redis-server did not start: see {redis_dir / 'log'}") from None
            time.sleep(0.1)
    return {
        "CONVOSCRIPT_TEST_POSTGRES_URL": f"postgresql://convoscript@127.0.0.1:{pg_port}/convoscript_test",
        "CONVOSCRIPT_TEST_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
    }


def stop(base: Path) -> None:
    """Stop both servers (whatever of them runs) and remove `base`."""
    data = base / "pg" / "data"
    binary = postgres_bin()
    if (data / "postmaster.pid").exists() and binary is not None:
        subprocess.run(
            _as_postgres(
                [str(binary / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            ),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
    pidfile = base / "redis" / "redis.pid"
    if pidfile.exists():
        try:
            os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
        except (ValueError, ProcessLookupError):
            pass
    time.sleep(0.2)
    shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit(__doc__)
    base = Path(sys.argv[2])
    if sys.argv[1] == "stop":
        stop(base)
        return
    try:
        env = start(base)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        stop(base)
        sys.exit(f"store_servers: {exc}")
    for name, value in env.items():
        print(f"export {name}={value}")


if __name__ == "__main__":
    main()
