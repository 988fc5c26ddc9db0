"""A minimal LSP client for tests: starts `convoscript lsp --stdio` as an editor does and
speaks JSON-RPC to it with Content-Length framing, collecting the server's notifications."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

TIMEOUT = 60.0  # the first compile loads the library; a slow CI machine may take seconds


def server_command() -> list[str]:
    script = Path(sys.executable).with_name("convoscript")
    found = str(script) if script.exists() else shutil.which("convoscript")
    assert found, "the convoscript console script is not installed"
    return [found, "lsp", "--stdio"]


class Client:
    def __init__(self, cwd: Path | None = None) -> None:
        self.proc = subprocess.Popen(
            server_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.notifications: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            assert length is not None, "a message without Content-Length"
            self.messages.put(json.loads(out.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any] | None) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self.send({"id": wanted, "method": method, "params": params})
        while True:
            message = self._next()
            if message.get("id") == wanted and "method" not in message:
                assert "error" not in message, message["error"]
                return message.get("result")
            self._keep(message)

    def wait_notification(self, method: str, uri: str | None = None) -> dict[str, Any]:
        """The first unseen notification of `method` (for `uri`, when given)."""
        for i, message in enumerate(self.notifications):
            if self._matches(message, method, uri):
                return self.notifications.pop(i)["params"]
        while True:
            message = self._next()
            if self._matches(message, method, uri):
                return message["params"]
            self._keep(message)

    def _keep(self, message: dict[str, Any]) -> None:
        if "id" in message and "method" in message:  # a request from the server: accept it
            self.send({"id": message["id"], "result": None})
        elif "method" in message:
            self.notifications.append(message)

    @staticmethod
    def _matches(message: dict[str, Any], method: str, uri: str | None) -> bool:
        return message.get("method") == method and (
            uri is None or message.get("params", {}).get("uri") == uri
        )

    def _next(self) -> dict[str, Any]:
        try:
            return self.messages.get(timeout=TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"no message from the server in {TIMEOUT} s") from None

    def close(self) -> int:
        """shutdown, exit, and the server's exit code."""
        if self.proc.poll() is None:
            self.request("shutdown", None)
            self.notify("exit", {})
        try:
            return self.proc.wait(timeout=TIMEOUT)
        finally:
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()
