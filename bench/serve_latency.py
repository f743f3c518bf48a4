#!/usr/bin/env python3
"""Time from saving a file to the reload event of `jobsite serve`, on a copy of the sample site.

    python3 bench/serve_latency.py [JOBSITE] [SAVES]   default: .build/release/jobsite, 10 saves

Starts `jobsite serve --port 0` on a copy of the repository's site (site.yml, content/,
templates/, static/), opens the event stream as a page does, then saves a posting SAVES times
(a plain write, half a second apart), each with a visible change, and prints the time from the
end of each write to the arrival of its `reload` event: median, min and max, in milliseconds;
and the median of the build times the server logged for those saves (the rest is the watcher's
30 ms quiet period and the event's delivery).
"""
import http.client
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/jobsite")
saves = int(sys.argv[2]) if len(sys.argv) > 2 else 10


def next_event(stream):
    """The name of the next event on the stream (blocks)."""
    name = None
    while True:
        line = stream.readline().decode()
        if not line:
            raise SystemExit("the event stream ended")
        line = line.rstrip("\n")
        if line.startswith("event: "):
            name = line[len("event: "):]
        elif line == "" and name:
            return name


with tempfile.TemporaryDirectory() as work:
    site = os.path.join(work, "site")
    os.mkdir(site)
    shutil.copy(os.path.join(root, "site.yml"), site)
    for folder in ("content", "templates", "static"):
        shutil.copytree(os.path.join(root, folder), os.path.join(site, folder))
    server = subprocess.Popen([binary, "serve", "--source", site, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        port = None
        for line in server.stdout:
            match = re.search(r"serving the site at http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            raise SystemExit("jobsite serve did not start")
        build_times = []

        def read_log():
            for line in server.stdout:
                match = re.search(r" rebuilt in (\d+) ms", line)
                if match:
                    build_times.append(int(match.group(1)))

        threading.Thread(target=read_log, daemon=True).start()
        connection = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", "/__jobsite/events")
        events = connection.getresponse()
        assert next_event(events) == "hello"

        posting = os.path.join(site, "content/roles", sorted(os.listdir(os.path.join(site, "content/roles")))[0])
        with open(posting, encoding="utf-8") as file:
            original = file.read()
        latencies = []
        for save in range(1, saves + 1):
            time.sleep(0.5)
            with open(posting, "w", encoding="utf-8") as file:
                file.write(original + f"\nSaved {save} times.\n")
            saved = time.perf_counter()
            assert next_event(events) == "reload"
            latencies.append((time.perf_counter() - saved) * 1000)
        print("save → reload event over %d saves: median %.0f ms, min %.0f ms, max %.0f ms"
              % (saves, statistics.median(latencies), min(latencies), max(latencies)))
        print("each (ms):", " ".join("%.0f" % value for value in latencies))
        time.sleep(0.2)
        if build_times:
            print("rebuild, as logged: median %d ms, max %d ms" % (statistics.median(build_times), max(build_times)))
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)
