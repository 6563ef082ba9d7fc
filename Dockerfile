# syntax=docker/dockerfile:1
# whatcauses serving its HTTP API and web page: one stateless replica per container, the HPO
# data and its compiled caches inside the image (read-only at run time). README, "Running
# replicas", says how to build, configure and run it behind a load balancer.
#
#   docker build -t whatcauses .
#   docker run --rm -p 8000:8000 -e WHATCAUSES_WORKERS=2 whatcauses

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
# Configuration: every setting is an environment variable (docker/serve.sh passes them on).
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WHATCAUSES_CACHE_DIR=/var/cache/whatcauses \
    WHATCAUSES_DATA_DIR=/var/lib/whatcauses \
    WHATCAUSES_HOST=0.0.0.0 \
    WHATCAUSES_PORT=8000 \
    WHATCAUSES_WORKERS=2 \
    WHATCAUSES_LOG_LEVEL=info \
    WHATCAUSES_ACCESS_LOG=true \
    WHATCAUSES_HTTP_MAX_BODY_BYTES=262144

RUN groupadd --system --gid 10001 whatcauses \
    && useradd --system --uid 10001 --gid whatcauses --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin whatcauses \
    && mkdir -p /var/cache/whatcauses /var/lib/whatcauses \
    && chown whatcauses:whatcauses /var/cache/whatcauses /var/lib/whatcauses

COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY --chmod=0755 docker/serve.sh /usr/local/bin/whatcauses-serve

# Numeric, so that Kubernetes can check runAsNonRoot.
USER 10001:10001
# Compile the data cache and the question reader's lexicon now, so that a replica starts in
# seconds and never writes at run time (a read-only root filesystem is fine).
RUN whatcauses info > /dev/null \
    && whatcauses ask "What causes muscle stiffness?" > /dev/null

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ['WHATCAUSES_PORT'] + '/api/ready', timeout=4)"]
ENTRYPOINT ["whatcauses-serve"]
