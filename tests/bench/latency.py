#!/usr/bin/env python3
"""A TCP proxy that adds latency in front of PostgreSQL's Unix socket.

    latency.py SOCKET DELAY_MS

Listens on 127.0.0.1 (a free port, printed on stdout as the first
line, then stdout is closed), and forwards every connection to the Unix
socket SOCKET (e.g. DIR/.s.PGSQL.5432).  Each chunk read from either
side is written to the other DELAY_MS milliseconds after it arrived:
chunks in flight overlap, as on a network with that one-way latency
(and no bandwidth limit), so a round trip costs 2 * DELAY_MS.  Runs
until killed.  For the benchmark's latency rows, where a network
namespace with netem is not available.
"""
import queue
import socket
import sys
import threading
import time


def pump(src, dst, delay):
    """Forward src to dst, each chunk `delay` seconds after it came."""
    q = queue.Queue()

    def writer():
        while True:
            due, data = q.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                dst.sendall(data)
            except OSError:
                break
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    while True:
        try:
            data = src.recv(65536)
        except OSError:
            data = b''
        if not data:
            break
        q.put((time.monotonic() + delay, data))
    q.put((0, None))
    t.join()


def serve(client, path, delay):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.connect(path)
    except OSError:
        client.close()
        return
    for s in (client,):
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    up = threading.Thread(target=pump, args=(client, server, delay),
                          daemon=True)
    up.start()
    pump(server, client, delay)
    up.join()
    client.close()
    server.close()


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: latency.py SOCKET DELAY_MS')
    path, delay = sys.argv[1], float(sys.argv[2]) / 1000
    lsn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsn.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsn.bind(('127.0.0.1', 0))
    lsn.listen(16)
    print(lsn.getsockname()[1], flush=True)
    sys.stdout.close()
    while True:
        client, _ = lsn.accept()
        threading.Thread(target=serve, args=(client, path, delay),
                         daemon=True).start()


if __name__ == '__main__':
    main()
