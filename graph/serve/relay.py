"""Run one Oxigraph server where only ``phoihop serve`` can reach it.

Started by :mod:`phoihop.graph.serve.backend` inside a private network
namespace (``unshare --net``), this script brings that namespace's loopback
up, starts the ``oxigraph`` command given after ``--`` on it, and relays a
Unix socket (in a folder only the server's user may enter) to Oxigraph's TCP
port. Nobody else on the machine can open a connection into the namespace,
and Oxigraph in there has no network to fetch ``SERVICE`` URLs from: every
request goes through the front and its policy.

Usage: ``python -P relay.py SOCKET_PATH -- oxigraph serve ... --bind 127.0.0.1:PORT``.
Only the standard library is used (it runs as a plain script).
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

_SIOCGIFFLAGS = 0x8913
_SIOCSIFFLAGS = 0x8914
_IFF_UP = 0x1
_PR_SET_PDEATHSIG = 1


def loopback_up() -> None:
    """Bring ``lo`` up: a new network namespace starts with it down."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14s", b"lo", 0, b"\0" * 14)
        flags = struct.unpack("16sH14s", fcntl.ioctl(sock, _SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(sock, _SIOCSIFFLAGS, struct.pack("16sH14s", b"lo", flags | _IFF_UP, b"\0" * 14))


def _die_with_parent() -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while True:
            data = source.recv(256 * 1024)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (target, source):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _relay(client: socket.socket, port: int) -> None:
    try:
        upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
    except OSError:
        client.close()
        return
    upstream.settimeout(None)
    upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    back = threading.Thread(target=_pump, args=(upstream, client), daemon=True)
    back.start()
    _pump(client, upstream)
    back.join()
    client.close()
    upstream.close()


def main(argv: list[str]) -> int:
    if len(argv) < 4 or argv[2] != "--":
        print("usage: relay.py SOCKET_PATH -- OXIGRAPH_COMMAND...", file=sys.stderr)
        return 2
    socket_path, command = argv[1], argv[3:]
    port = int(command[command.index("--bind") + 1].rsplit(":", 1)[1])
    _die_with_parent()
    loopback_up()
    server = subprocess.Popen(command, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent)

    def stop(*_args) -> None:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=3)
            except subprocess.TimeoutExpired:
                server.kill()
        try:
            os.unlink(socket_path)
            # The folder was made for this socket alone; the front removes it too, but not when it
            # was killed outright (its pdeathsig is what brought us here).
            os.rmdir(os.path.dirname(socket_path))
        except OSError:
            pass
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    deadline = time.monotonic() + 20
    while True:
        if server.poll() is not None or time.monotonic() > deadline:
            return 1  # its message is on stderr, which the front reads
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.02)

    # Oxigraph gone: go too, so that the front sees the child die and replaces it.
    def stop_when_oxigraph_exits() -> None:
        server.wait()
        stop()

    threading.Thread(target=stop_when_oxigraph_exits, daemon=True).start()
    os.umask(0o077)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path + ".new")
    listener.listen(64)
    os.rename(socket_path + ".new", socket_path)  # appears only once it accepts
    while True:
        client, _ = listener.accept()
        threading.Thread(target=_relay, args=(client, port), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
