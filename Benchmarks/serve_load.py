#!/usr/bin/env python3
"""A bounded load test of the workbench (issue 20) on loopback: `folio serve` on a new data folder, 20 simulated
users each editing a figure of their own copy of the bundled report and refreshing its preview, at once.

Each user: log in (own account, one unit), then ROUNDS times: open the editing page, save one figure (the page's
own revision as the base), reload the page and fetch the preview (pages drawn again, checks run). The time from the
save to the refreshed preview is the refresh latency a clerk waits. First the same is measured for one user alone.
Bounded in count (USERS × ROUNDS requests of each kind) and in time (each request times out after 300 s); it stops
by itself. Traffic goes to 127.0.0.1 only.

    python3 Benchmarks/serve_load.py --folio .build/release/folio [--users 20] [--rounds 5]
"""
import argparse
import http.cookiejar
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = "xx-town-2016-2020.yaml"


class Client:
    """One browser: a cookie jar, the CSRF token of its pages."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = ""

    def request(self, path, data=None, headers=None, method=None):
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {}, method=method)
        with self.opener.open(req, timeout=300) as r:
            body = r.read()
        m = re.search(rb'data-csrf="([0-9a-f]*)"', body)
        if m and m.group(1):
            self.csrf = m.group(1).decode()
        return body

    def form(self, path, fields):
        fields = dict(fields)
        if self.csrf:
            fields["_csrf"] = self.csrf
        return self.request(path, urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def save(self, report, base, edits):
        body = json.dumps({"base": base, "edits": edits}).encode()
        return json.loads(self.request(f"/reports/{report}/save.json", body, {
            "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": self.csrf}))

    def preview(self, report):
        return json.loads(self.request(f"/reports/{report}/preview.json", headers={"Accept": "application/json"}))


def edit_round(client, report, n):
    """Opens the page, saves one figure changed, reloads, refreshes the preview; returns (seconds, server ms)."""
    page = client.request(f"/reports/{report}").decode()
    revision = re.search(r'data-revision="([0-9a-f]{16})"', page).group(1)
    cells = re.findall(r'data-kind="number" data-line="(\d+)" data-column="(\d+)"[^>]*value="(\d+)"', page)
    line, column, value = cells[n % len(cells)]
    new = str(int(value) + 1) if not value.endswith("9") else str(int(value) - 1)
    start = time.perf_counter()
    client.save(report, revision, [{"line": int(line), "column": int(column), "kind": "number", "value": new}])
    client.request(f"/reports/{report}")
    preview = client.preview(report)
    return (time.perf_counter() - start, preview["millis"], len(preview["pages"]), preview.get("cpuMillis", 0),
            preview.get("drawn", len(preview["pages"])), preview.get("reused", 0))


def summary(name, values):
    values = sorted(values)
    p = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    return (f"{name}: n={len(values)} median {statistics.median(values) * 1000:.0f} ms, p90 {p(0.9) * 1000:.0f} ms, "
            f"max {values[-1] * 1000:.0f} ms")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", default=str(ROOT / ".build/release/folio"))
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    users, rounds = min(args.users, 50), min(args.rounds, 20)
    work = Path(tempfile.mkdtemp(prefix="folio-load-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, FOLIO_ASSETS=str(ROOT / "Assets"))
    log = open(work / "server.log", "w+")
    proc = subprocess.Popen([args.folio, "serve", str(work / "data"), "--port", str(port)], stdout=log, stderr=log, env=env)
    try:
        code = None
        for _ in range(300):
            time.sleep(0.1)
            log.seek(0)
            m = re.search(r"设置码 (\S+) ", log.read())
            if m:
                code = m.group(1)
                break
        if not code:
            raise SystemExit("the server did not start")
        time.sleep(0.5)
        base = f"http://127.0.0.1:{port}"
        admin = Client(base)
        admin.form("/setup", {"code": code, "name": "admin", "password": "admin-pass-1", "unitName": "甲镇",
                              "unitFolder": "jia"})
        clients = []
        for i in range(users):
            admin.request("/admin")
            admin.form("/admin/users", {"name": f"user{i}", "password": "user-pass-1", "unit": "1"})
            c = Client(base)
            c.request("/login")
            c.form("/login", {"name": f"user{i}", "password": "user-pass-1"})
            c.request("/reports")
            c.form("/reports/new", {"template": TEMPLATE, "name": f"r{i}"})
            clients.append((c, f"r{i}.yaml"))
        c0, r0 = clients[0]
        c0.preview(r0)   # the first drawing of the fonts
        alone = [edit_round(c0, r0, n) for n in range(rounds)]
        print(summary("one user alone, save → refreshed preview", [a[0] for a in alone]))
        print(f"  server side of the preview (draw {alone[0][2]} pages at 60 dpi + checks): "
              f"median {statistics.median(a[1] for a in alone):.0f} ms wall, "
              f"{statistics.median(a[3] for a in alone):.0f} ms CPU")
        print(f"  pages drawn again per save: median {statistics.median(a[4] for a in alone):.0f}, "
              f"reused: median {statistics.median(a[5] for a in alone):.0f} (of {alone[0][2]})")
        print(f"  load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        results, errors = [], []
        lock = threading.Lock()

        def user(c, r):
            for n in range(rounds):
                try:
                    t = edit_round(c, r, n + 1)
                    with lock:
                        results.append(t)
                except Exception as e:  # noqa: BLE001 — counted and printed
                    with lock:
                        errors.append(repr(e))
        threads = [threading.Thread(target=user, args=cr) for cr in clients]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=900)
        wall = time.perf_counter() - start
        print(summary(f"{users} users at once, save → refreshed preview", [r[0] for r in results]))
        print(f"  {len(results)} edits in {wall:.1f} s ({len(results) / wall:.2f} edits/s); errors: {len(errors)}")
        for e in errors[:5]:
            print("  error:", e)
        return 1 if errors else 0
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
