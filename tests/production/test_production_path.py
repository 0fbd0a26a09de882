"""The production path on real parts (issue 13, §4): production settings, granian with 4 workers, a throwaway
PostgreSQL database, a Redis server of its own, osmem as Elasticsearch and the task worker (`db_worker`).

It runs in the PostgreSQL run of the suite (DATABASE_URL=postgres://…, as `make test` does), and is skipped
when PostgreSQL is absent."""

import json
import os
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from .stack import (
    BASE_DIR,
    GRANIAN,
    PYTHON,
    WORKERS,
    Client,
    Elasticsearch,
    Processes,
    Redis,
    database_url,
    drop_database,
    form_fields,
    free_port,
    manage,
    migrated_database,
    postgres_server_url,
    recreate_database,
    run_python,
    scalar,
    unique_name,
    wait_for_port,
)

pytestmark = pytest.mark.production

SERVER_URL, BASE_NAME = postgres_server_url()
ADMIN = ("prodtest-admin", "prodtest-Motdepasse-2026")
ROUND = 24  # requests per URL in a round, 8 at a time: every worker takes some


def _postgres_answers():
    if SERVER_URL is None:
        return False
    try:
        scalar(SERVER_URL, "SELECT 1")
    except Exception:  # noqa: BLE001 - any failure to connect means no PostgreSQL here
        return False
    return True


if SERVER_URL is None:
    pytest.skip(
        "The production test runs in the PostgreSQL run of the suite (DATABASE_URL=postgres://…, "
        "`make test-postgres`).",
        allow_module_level=True,
    )
if not _postgres_answers():
    pytest.skip(f"PostgreSQL is absent: nothing answers at {SERVER_URL}.", allow_module_level=True)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("production")
    names = {"prod": f"{BASE_NAME}_prod", "restored": f"{BASE_NAME}_restored"}
    urls = {key: database_url(SERVER_URL, name) for key, name in names.items()}
    redis, elastic, processes = Redis(workdir), Elasticsearch(), Processes(workdir)
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO"))},
        "DJANGO_SETTINGS_MODULE": "infopublic.settings.production",
        "DATABASE_URL": urls["prod"],
        "REDIS_URL": redis.url,
        "SECRET_KEY": f"production-test-{unique_name()}-{unique_name()}-{unique_name()}",
        "FIELD_ENCRYPTION_SALT_KEYS": f"production-test-salt-{unique_name()}",
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "ELASTICSEARCH_URL": elastic.url,
        "ELASTICSEARCH_PLAIN_JSON": "1",
        "ELASTICSEARCH_INDEX_PREFIX": f"prodtest-{unique_name()}",
        "ELASTICSEARCH_TIMEOUT": "2",
        "ELASTICSEARCH_BREAKER_SECONDS": "2",
        "ELASTICSEARCH_REPLAY_RETRY_SECONDS": "2",
        "TASKS_BACKEND": "database",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "ERROR",
    }
    timings = {}
    try:
        redis.start()
        elastic.start()
        started = time.monotonic()
        collectstatic = subprocess.Popen(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=BASE_DIR, env=env
        )
        migrated_database(
            SERVER_URL,
            names["prod"],
            f"{BASE_NAME}_prod_template",
            lambda url: manage({**env, "DATABASE_URL": url}, "migrate", "--noinput", "-v", "0"),
        )
        timings["migrate"] = time.monotonic() - started
        assert collectstatic.wait(300) == 0
        timings["collectstatic"] = time.monotonic() - started
        seeded = json.loads(run_python(env, "tests.production.seed"))
        timings["seed"] = time.monotonic() - started
        manage(env, "search_rebuild")
        timings["setup"] = time.monotonic() - started
        processes.start(
            "worker", [PYTHON, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2"], env
        )
        web = processes.start(
            "web",
            [
                GRANIAN,
                "--interface",
                "wsgi",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                str(WORKERS),
                "--blocking-threads",
                "4",
                "--respawn-failed-workers",
                "--log-level",
                "warning",
                "infopublic.wsgi:application",
            ],
            env,
        )
        wait_for_port(port, process=web)
        client = Client(port)
        for _attempt in range(100):
            if client.get("/sante/")[0] == 200:
                break
            time.sleep(0.2)
        yield {
            "client": client,  # an anonymous visitor
            "editor": Client(port),
            "env": env,
            "urls": urls,
            "names": names,
            "redis": redis,
            "elastic": elastic,
            "processes": processes,
            "seeded": seeded,
            "workdir": workdir,
            "timings": timings,
        }
    finally:
        print("production test timings (s):", {key: round(value, 2) for key, value in timings.items()})
        processes.stop_all()
        redis.stop()
        elastic.stop()
        for name in names.values():
            drop_database(SERVER_URL, name)


def concurrently(client, paths, times=ROUND):
    """GET every path `times` times, 8 requests at a time; [(path, status, body)]."""
    jobs = [path for path in paths for _ in range(times)]
    with ThreadPoolExecutor(8) as pool:
        return list(zip(jobs, pool.map(lambda path: client.get(path), jobs), strict=True))


def search_titles(body):
    return [hit["title"] for hit in json.loads(body)["results"]]


def edit_glossary_term(client, pk, expansion):
    path = f"/admin/snippets/taxonomy/glossaryterm/edit/{pk}/"
    status, _headers, html = client.get(path)
    assert status == 200, status
    fields = form_fields(html)
    fields["expansion"] = expansion
    status, _headers, body = client.post(path, fields)
    assert status == 302, body[:3000]


def unpublish(client, page_id):
    path = f"/admin/pages/{page_id}/unpublish/"
    assert client.get(path)[0] == 200
    status, _headers, body = client.post(path, {})
    assert status == 302, body[:3000]


COMMUNE_PAGE = "/communes/71270/"
SEARCH = "/api/recherche/?q=ZQAP"
GLOSSARY = "/glossaire/"


def assert_every_worker_serves(client, expansion, scheme_title):
    """A round of concurrent requests right after the change: every answer shows it."""
    started = time.monotonic()
    answers = concurrently(client, [SEARCH, COMMUNE_PAGE, GLOSSARY])
    elapsed = time.monotonic() - started
    for path, (status, _headers, body) in answers:
        assert status == 200, (path, status)
        if path == SEARCH:
            assert "Secours alimentaire zqprod" in search_titles(body), body[:500]
        elif path == COMMUNE_PAGE:
            assert scheme_title not in body
        else:
            assert expansion in body
    return elapsed


def test_a_publish_is_served_by_every_worker_at_once(stack):
    client, seeded = stack["client"], stack["seeded"]
    # Every worker builds and keeps its derived data (glossary, labels, communes) and caches the fragments.
    for path, (status, _headers, body) in concurrently(client, [SEARCH, COMMUNE_PAGE, GLOSSARY]):
        assert status == 200, (path, status)
        if path == SEARCH:
            assert "Secours alimentaire zqprod" not in search_titles(body)
        elif path == COMMUNE_PAGE:
            assert "Aide au chauffage zqprod" in body
        else:
            assert "zqancien sigle" in body
    editor = stack["editor"]
    editor.login(*ADMIN)
    edit_glossary_term(editor, seeded["glossary_term"], "bons alimentaires")
    unpublish(editor, seeded["schemes"][0])
    published = time.monotonic()
    elapsed = assert_every_worker_serves(client, "bons alimentaires", "Aide au chauffage zqprod")
    assert time.monotonic() - published < 1 + elapsed
    stack["timings"]["publish_round"] = elapsed


PUBLIC_PATHS = [
    "/",
    "/recherche/?q=chauffage",
    "/api/recherche/?q=alimentaire",
    "/api/suggestions/?q=chau",
    COMMUNE_PAGE,
    "/communes/?q=macon",
    GLOSSARY,
    "/thematiques/",
    "/territoires/",
    "/api/v2/pages/?search=alimentaire",
]


def test_a_publish_while_redis_hangs_is_not_lost_when_it_answers_again(stack):
    """Redis paused: the pages answer from the database, and a change made meanwhile is served at once when
    Redis answers again with its old keys (versions live in the database, not in a cache delete)."""
    client, redis, seeded = stack["client"], stack["redis"], stack["seeded"]
    redis.process.send_signal(signal.SIGSTOP)
    try:
        for path in PUBLIC_PATHS:
            status = client.get(path)[0]
            assert status < 500, (path, status)
        edit_glossary_term(stack["editor"], seeded["glossary_term"], "des bons alimentaires")
        unpublish(stack["editor"], seeded["schemes"][3])
    finally:
        redis.process.send_signal(signal.SIGCONT)
    time.sleep(11)  # each worker leaves Redis alone for 10 s after a failure (infopublic.cache)
    assert_every_worker_serves(client, "des bons alimentaires", "Bourse aux permis zqprod")


def test_public_pages_answer_with_redis_stopped(stack):
    client, redis = stack["client"], stack["redis"]
    redis.stop()
    try:
        for path, (status, _headers, _body) in concurrently(client, PUBLIC_PATHS, times=WORKERS):
            assert status < 500, (path, status)
        status, _headers, body = client.get("/sante/")
        assert status == 503 and json.loads(body)["checks"]["cache"]["ok"] is False, body
    finally:
        redis.start()


def elastic_documents(stack):
    prefix = stack["env"]["ELASTICSEARCH_INDEX_PREFIX"]
    status, body = stack["elastic"].get(f"/{prefix}-fiches/_search?size=100")
    if status != 200:
        return None
    return sorted(hit["_source"]["title"] for hit in body["hits"]["hits"])


def database_documents(stack):
    import psycopg

    with psycopg.connect(stack["urls"]["prod"]) as connection:
        return sorted(row[0] for row in connection.execute("SELECT title FROM search_document"))


def test_elasticsearch_down_then_up_loses_nothing(stack):
    """Elasticsearch stops; a page is unpublished meanwhile; it comes back empty. Searches answer from the
    database in between, and the task worker rebuilds and replays by itself (no command is run)."""
    client, elastic, seeded = stack["client"], stack["elastic"], stack["seeded"]
    assert elastic_documents(stack) == database_documents(stack)
    elastic.stop()
    unpublish(stack["editor"], seeded["schemes"][2])
    answer = client.json("/api/recherche/?q=microcr%C3%A9dit")
    assert "Microcrédit personnel zqprod" not in [hit["title"] for hit in answer["results"]]
    assert answer["degraded"] is True
    assert scalar(stack["urls"]["prod"], "SELECT count(*) FROM search_pendingchange") >= 1
    elastic.start()
    started = time.monotonic()
    expected = database_documents(stack)
    while time.monotonic() - started < 60:
        if elastic_documents(stack) == expected and not scalar(
            stack["urls"]["prod"], "SELECT count(*) FROM search_pendingchange"
        ):
            break
        time.sleep(0.5)
    assert elastic_documents(stack) == expected, stack["processes"].log("worker")[-3000:]
    assert "Microcrédit personnel zqprod" not in expected
    stack["timings"]["elasticsearch_recovery"] = time.monotonic() - started
    time.sleep(2.5)  # the breaker closes
    answer = client.json("/api/recherche/?q=alimentaire")
    assert answer["engine"] == "elasticsearch" and answer["degraded"] is False, answer
    assert "Secours alimentaire zqprod" in [hit["title"] for hit in answer["results"]]


def test_backup_and_restore(stack):
    """pg_dump, then pg_restore into a fresh database: the same pages, the same search answers."""
    urls, workdir = stack["urls"], stack["workdir"]
    dump = workdir / "backup.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", urls["prod"]], check=True, timeout=120)
    recreate_database(SERVER_URL, stack["names"]["restored"])
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={urls['restored']}", str(dump)],
        check=True,
        timeout=120,
    )
    for sql in ("SELECT count(*) FROM wagtailcore_page", "SELECT count(*) FROM wagtailcore_page WHERE live"):
        assert scalar(urls["restored"], sql) == scalar(urls["prod"], sql)
    names = stack["names"]
    env = {**stack["env"], "ELASTICSEARCH_URL": ""}
    answers = json.loads(run_python(env, "tests.production.queries", names["prod"], names["restored"]))
    assert answers[names["restored"]] == answers[names["prod"]]
    assert answers[names["prod"]]["alimentaire"]["titles"] == ["Secours alimentaire zqprod"]
    assert answers[names["prod"]]["ZQAP"]["total"] >= 1
