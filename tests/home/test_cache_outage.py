"""With Redis stopped, the public site still answers (computed from the database), and /sante/ says so.

The test starts a Redis server of its own on a free port, so that it can stop it."""

import shutil
import socket
import subprocess
import time

from django.test import override_settings

import pytest

from infopublic.workshop.ratelimit import client_address

pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_server():
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _attempt in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    yield process, f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "infopublic.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "test-outage",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def public_urls(network):
    return [
        "/",
        "/recherche/?q=rsa",
        "/api/recherche/?q=rsa",
        "/api/suggestions/?q=rs",
        f"/communes/{network['matour'].code}/",
        network["rsa"].url,
        network["town_hall"].url,
        "/thematiques/",
        "/glossaire/",
    ]


def test_public_pages_answer_with_redis_stopped(client, network, redis_server):
    process, url = redis_server
    with override_settings(CACHES=redis_cache(url)):
        for address in public_urls(network):
            assert client.get(address).status_code == 200, address
        assert client.get("/sante/").status_code == 200
        process.terminate()
        process.wait(timeout=10)
        for address in public_urls(network):
            assert client.get(address).status_code == 200, address
        health = client.get("/sante/")
        assert health.status_code == 503
        assert health.json()["checks"]["cache"]["ok"] is False


def test_rate_limit_counts_the_proxys_own_entry(rf, settings):
    settings.WORKSHOP_TRUST_X_FORWARDED_FOR = True
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9", REMOTE_ADDR="127.0.0.1")
    assert client_address(request) == "203.0.113.9"
    settings.WORKSHOP_TRUST_X_FORWARDED_FOR = False
    assert client_address(request) == "127.0.0.1"
