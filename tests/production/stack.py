"""The production stack of the production test: a throwaway PostgreSQL database, a Redis server, osmem as
Elasticsearch, granian with several workers and the task worker, each a real process."""

import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import uuid
from html import unescape
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GRANIAN = str(Path(sys.executable).with_name("granian"))
WORKERS = 4


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_server_url():
    """The PostgreSQL server of the suite's PostgreSQL run (DATABASE_URL), without a database name."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None, None
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/") or "infopublic"


def database_url(server_url, name):
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def recreate_database(server_url, name):
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(server_url, name):
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def scalar(url, sql):
    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchone()[0]


class Redis:
    def __init__(self, workdir):
        self.binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.port = free_port()
        self.workdir = workdir
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            cwd=self.workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class Elasticsearch:
    """osmem on a fixed port, so that it can be stopped and started again at the same address (empty)."""

    def __init__(self):
        self.port = free_port()
        self.server = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        from osmem_server import OsmemServer

        self.server = OsmemServer.start(addr=f"127.0.0.1:{self.port}", japanese=False)

    def stop(self):
        if self.server is not None:
            self.server.close()
            self.server = None

    def get(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")


def wait_for_port(port, timeout=60, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before listening on {port}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


def manage(env, *args, timeout=300):
    completed = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    if completed.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{completed.stdout}\n{completed.stderr}")
    return completed.stdout


def run_python(env, module, *args, timeout=300):
    completed = subprocess.run(
        [PYTHON, "-m", module, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    if completed.returncode:
        raise RuntimeError(f"{module} failed:\n{completed.stdout}\n{completed.stderr}")
    return completed.stdout


class Processes:
    """Long-running processes, each in its own process group, stopped at the end."""

    def __init__(self, logdir):
        self.logdir = logdir
        self.started = []

    def start(self, name, args, env):
        log = open(self.logdir / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop_all
        process = subprocess.Popen(
            args, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.started.append((process, log))
        return process

    def stop_all(self):
        for process, _log in self.started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process, log in self.started:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
            log.close()

    def log(self, name):
        return (self.logdir / f"{name}.log").read_text(errors="replace")


class Client:
    """HTTP as a browser behind the reverse proxy: a new connection per request (so that requests spread
    over the workers), `X-Forwarded-Proto: https` as nginx sets it, cookies kept by hand (they are Secure)."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, data=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {
            "Host": f"127.0.0.1:{self.port}",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": "127.0.0.1",
            **(headers or {}),
        }
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Referer"] = f"https://127.0.0.1:{self.port}{path}"
            sent["Origin"] = f"https://127.0.0.1:{self.port}"
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        content = response.read().decode("utf-8", errors="replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        connection.close()
        return response.status, dict(response.getheaders()), content

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data):
        return self.request(
            "POST", path, data={"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        )

    def json(self, path):
        status, _headers, content = self.get(path)
        assert status == 200, (path, status, content[:500])
        return json.loads(content)

    def login(self, username, password):
        self.get("/admin/login/")
        status, headers, content = self.post("/admin/login/", {"username": username, "password": password})
        assert status == 302, (status, content[:2000])


def form_fields(html):
    """{name: value} of the inputs and textareas of the first form posting to the page (snippet edit)."""
    fields = {}
    for tag in re.findall(r"<input\b[^>]*>", html):
        name = re.search(r'\bname="([^"]+)"', tag)
        if not name or re.search(r'type="(submit|button|file|checkbox)"', tag):
            continue
        value = re.search(r'\bvalue="([^"]*)"', tag)
        fields[name.group(1)] = unescape(value.group(1)) if value else ""
    for name, value in re.findall(r'<textarea\b[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = unescape(value).lstrip("\n")
    return fields


def unique_name():
    return uuid.uuid4().hex[:8]


def migrations_fingerprint():
    """Changes when a migration of the project or of an installed package changes."""
    digest = hashlib.sha256()
    for path in sorted(BASE_DIR.glob("**/migrations/*.py")):
        if ".venv" not in path.parts:
            digest.update(str(path.relative_to(BASE_DIR)).encode() + path.read_bytes())
    for path in sorted(Path(sysconfig.get_paths()["purelib"]).glob("*/**/migrations/*.py")):
        digest.update(f"{path}:{path.stat().st_size}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()


def migrated_database(server_url, name, template, migrate):
    """Create `name` as a copy of `template`, a database migrated by `migrate(url)` and kept between runs
    (as pytest-django's --reuse-db) while no migration changes: migrating from scratch takes minutes."""
    fingerprint = migrations_fingerprint()
    with psycopg.connect(server_url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
    if row is None or row[0] != fingerprint:
        recreate_database(server_url, template)
        migrate(database_url(server_url, template))
        with psycopg.connect(server_url, autocommit=True) as connection:
            connection.execute(f"COMMENT ON DATABASE \"{template}\" IS '{fingerprint}'")
    drop_database(server_url, name)
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
