"""The service's Prometheus metrics (GET /metrics), in a registry of its own per app.

Each process counts its own: behind several workers, scrape each process (docs/service.md).
Store conflicts are counted by wrapping the store (CountingStore): every compare-and-swap that
lost is one retry of a run, and a run whose retries ran out ends with error StoreConflict."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily
from prometheus_client.exposition import generate_latest

from convoscript.compiler import CompileCache
from convoscript.errors import LimitExceeded
from convoscript.runtime.run.result import RunResult


class ServiceMetrics:
    """The counters and histogram of one app."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.runs = Counter(
            "convoscript_runs",
            "Runs by outcome (ok, error) and error type",
            ["outcome", "error_type"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "convoscript_run_seconds",
            "Wall time of a run, store round trips included",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.limit_hits = Counter(
            "convoscript_limit_hits", "Runs stopped by a budget", ["budget"], registry=self.registry
        )
        self.conflicts = Counter(
            "convoscript_store_conflicts",
            "Commits that lost a compare-and-swap (each one is retried, or ends the run)",
            registry=self.registry,
        )
        self.requests = Counter(
            "convoscript_http_requests",
            "HTTP requests by route and status",
            ["route", "status"],
            registry=self.registry,
        )

    def watch_cache(self, cache: CompileCache) -> None:
        """Report the compile cache's hits and misses at each scrape."""
        self.registry.register(_CacheCollector(cache))

    def observe_run(self, result: RunResult, seconds: float) -> None:
        error = result.error
        self.runs.labels(
            "ok" if error is None else "error", "" if error is None else error.type
        ).inc()
        self.latency.observe(seconds)
        if isinstance(error, LimitExceeded):
            self.limit_hits.labels(str(error.limit)).inc()

    def text(self) -> bytes:
        return generate_latest(self.registry)


class _CacheCollector:
    def __init__(self, cache: CompileCache):
        self.cache = cache

    def collect(self):
        hits = CounterMetricFamily(
            "convoscript_compile_cache_hits", "Compiles answered from the cache"
        )
        hits.add_metric([], self.cache.hits)
        misses = CounterMetricFamily("convoscript_compile_cache_misses", "Compiles that ran")
        misses.add_metric([], self.cache.misses)
        return [hits, misses]


class CountingStore:
    """A Store that counts the commits it refused (version conflicts) into `metrics`."""

    def __init__(self, store, metrics: ServiceMetrics):
        self._store = store
        self._metrics = metrics

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        version = self._store.commit(conversation_id, expected_version, state)
        if version is None:
            self._metrics.conflicts.inc()
        return version

    def __getattr__(self, name: str):
        return getattr(self._store, name)
