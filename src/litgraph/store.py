"""The persistent graph store: an on-disk Oxigraph database plus the state needed to add papers.

Layout of a store directory ``DIR``::

    DIR/.lock                    flock: shared for readers (query, serve), exclusive for writers
    DIR/current -> gen-<id>      symlink to the live generation (replaced atomically)
    DIR/gen-<id>/oxigraph/       the Oxigraph (RocksDB) database
    DIR/gen-<id>/state-<v>.pkl   the deduplicator's index and options, version v (small)
    DIR/gen-<id>/tables.sqlite   per-paper records and extractions, per-entity tables (keyed
                                 blobs, see :class:`Tables`), at the version of the database

The main graph is the store's default graph; the evidence (reified statements) is the named
graph :data:`EVIDENCE_GRAPH`, so the main questions never touch the evidence triples; a third
named graph :data:`META_GRAPH` holds one triple: the version of the state file that matches the
database content.

Crash safety (``kill -9`` at any point leaves the store usable and at its previous content):

* ``build --store`` writes a whole new generation in a temporary directory, then points
  ``current`` at it with one atomic ``rename`` of a symlink; leftovers are removed later.
* ``add`` writes the new state file first (under a new version), then applies the triple delta
  *and* the new version marker in one Oxigraph transaction (a SPARQL update: all or nothing).
  Whichever version the database holds, its state file exists; the others are garbage.
  The keyed tables are committed (an SQLite transaction) just before the new state file, with
  an undo log of the rows they replace; when a crash leaves them one version ahead of the
  database, the next `add` rolls them back from that log (:meth:`Tables.recover`).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import pickle
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

MAIN_GRAPH = ox.DefaultGraph()
EVIDENCE_GRAPH_IRI = "https://w3id.org/litgraph/graph/evidence"
META_GRAPH_IRI = "https://w3id.org/litgraph/graph/meta"
EVIDENCE_GRAPH = ox.NamedNode(EVIDENCE_GRAPH_IRI)
META_GRAPH = ox.NamedNode(META_GRAPH_IRI)
_META_SUBJECT = ox.NamedNode("urn:litgraph:store")
_META_VERSION = ox.NamedNode("https://w3id.org/litgraph/ns#stateVersion")

CURRENT = "current"
LOCK = ".lock"


class StoreError(RuntimeError):
    """A store that does not exist, is locked by another process, or is damaged."""


@dataclass
class State:
    """Everything `add` needs besides the database: kept in the store, pickled."""

    version: str
    options: dict[str, Any] = field(default_factory=dict)  # base, profile, thesaurus
    dedup: Any = None  # litgraph.ingest.dedupe.Deduplicator fed with every record so far
    problems: int = 0
    # not pickled: the open keyed tables (add), or the rows of new ones (build)
    tables: Any = field(default=None, repr=False, compare=False)
    rows: Any = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("tables", "rows")}

    def __setstate__(self, d: dict) -> None:
        self.__dict__.update(d, tables=None, rows=None)


def new_version() -> str:
    return uuid.uuid4().hex[:16]


def is_store(path: Path | str) -> bool:
    return (Path(path) / CURRENT).is_symlink()


# -- locking -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(path: Path, exclusive: bool) -> Iterator[None]:
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            what = "read or written" if exclusive else "written"
            raise StoreError(f"{path}: the store is being {what} by another litgraph process "
                             "(serve, add or build); try again when it has finished") from None
        yield
    finally:
        os.close(fd)  # releases the lock


def _generation(path: Path) -> Path:
    cur = path / CURRENT
    if not cur.is_symlink():
        raise StoreError(f"{path}: not a litgraph store (run `litgraph build --store {path}`)")
    gen = path / os.readlink(cur)
    if not (gen / "oxigraph").is_dir():
        raise StoreError(f"{path}: damaged store ({gen.name} has no database)")
    return gen


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _collect_garbage(path: Path, gen: Path | None) -> None:
    """Remove generations and temporary files that a crash or an older build left behind."""
    for child in path.iterdir():
        if child.name.startswith(("gen-", ".tmp-")) and child != gen:
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink()
        elif child.name.startswith(".current."):
            child.unlink(missing_ok=True)


# -- reading -----------------------------------------------------------------------------------


@contextlib.contextmanager
def open_read(path: Path | str) -> Iterator[ox.Store]:
    """The store's database, read-only, with a shared lock held while it is in use."""
    path = Path(path)
    if not is_store(path):
        raise StoreError(f"{path}: not a litgraph store (run `litgraph build --store {path}`)")
    with _locked(path, exclusive=False):
        store = ox.Store.read_only(str(_generation(path) / "oxigraph"))
        try:
            yield store
        finally:
            del store
            gc.collect()


def database_path(path: Path | str) -> Path:
    """Path of the live Oxigraph database (for worker processes that open it read-only)."""
    return _generation(Path(path)) / "oxigraph"


@contextlib.contextmanager
def shared_lock(path: Path | str) -> Iterator[Path]:
    """Hold a reader's lock on the store (for `serve`), yielding the live database path."""
    path = Path(path)
    with _locked(path, exclusive=False):
        yield database_path(path)


def load_files(out_dir: Path | str) -> ox.Store:
    """An in-memory store with a built graph's N-Triples files (main + evidence graph)."""
    out_dir = Path(out_dir)
    main = out_dir / "graph.nt"
    if not main.exists():
        raise StoreError(f"{main} not found; run `litgraph build` first (or give --store)")
    store = ox.Store()
    store.bulk_load(path=str(main), format=ox.RdfFormat.N_TRIPLES)
    evidence = out_dir / "graph-evidence.nt"
    if evidence.exists():
        store.bulk_load(path=str(evidence), format=ox.RdfFormat.N_TRIPLES,
                        to_graph=EVIDENCE_GRAPH)
    return store


def stored_version(store: ox.Store) -> str | None:
    for q in store.quads_for_pattern(_META_SUBJECT, _META_VERSION, None, META_GRAPH):
        return q.object.value
    return None


def _version_quad(version: str) -> ox.Quad:
    return ox.Quad(_META_SUBJECT, _META_VERSION, ox.Literal(version), META_GRAPH)


# -- state files -------------------------------------------------------------------------------


def _state_path(gen: Path, version: str) -> Path:
    return gen / f"state-{version}.pkl"


def _write_state(gen: Path, state: State) -> Path:
    if state.tables is not None:  # add: commit the open transaction (with its undo log)
        state.tables.commit(state.version)
    else:  # build: new tables
        Tables.create(gen / TABLES, state.rows or (), state.version)
    final = _state_path(gen, state.version)
    tmp = gen / f".tmp-state-{state.version}"
    with tmp.open("wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    _fsync_dir(gen)
    return final


def _read_state(gen: Path, version: str) -> State:
    p = _state_path(gen, version)
    if not p.exists():
        raise StoreError(f"{gen}: state file for version {version} is missing")
    with p.open("rb") as fh:
        return pickle.load(fh)


# -- keyed tables ------------------------------------------------------------------------------

TABLES = "tables.sqlite"


class Tables:
    """Pickled values by (namespace, key) in SQLite, so that `add` reads and writes only the
    rows it needs (papers, extractions, entity tables: see :mod:`litgraph.resolve.incremental`).

    Changes go into one transaction, committed by :meth:`commit` under a new version together
    with an undo log (the rows as they were); :meth:`recover` rolls back a version that the
    database never reached, :meth:`clear_undo` drops the log once it has.
    """

    _SCHEMA = ("CREATE TABLE IF NOT EXISTS kv (ns TEXT, key TEXT, val BLOB, "
               "PRIMARY KEY (ns, key)) WITHOUT ROWID",
               "CREATE TABLE IF NOT EXISTS undo (ns TEXT, key TEXT, val BLOB, "
               "PRIMARY KEY (ns, key)) WITHOUT ROWID",
               "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise StoreError(f"{path.parent}: no {TABLES} (a store made by an older litgraph, "
                             "or damaged): rebuild it with `litgraph build --store`")
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA synchronous=FULL")
        self._pending: dict[tuple[str, str], bytes | None] = {}
        self._undone: set[tuple[str, str]] = set()
        self._in_tx = False

    @classmethod
    def create(cls, path: Path, rows: Iterable[tuple[str, str, Any]], version: str) -> None:
        db = sqlite3.connect(str(path), isolation_level=None)
        try:
            db.execute("PRAGMA synchronous=FULL")
            db.execute("BEGIN")
            for stmt in cls._SCHEMA:
                db.execute(stmt)
            dump = pickle.dumps
            db.executemany("INSERT OR REPLACE INTO kv VALUES (?, ?, ?)",
                           ((ns, key, dump(val, pickle.HIGHEST_PROTOCOL))
                            for ns, key, val in rows))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
            db.execute("COMMIT")
        finally:
            db.close()

    def version(self) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        return row[0] if row else None

    def get(self, ns: str, key: str) -> Any:
        if (ns, key) in self._pending:
            val = self._pending[(ns, key)]
        else:
            row = self.db.execute("SELECT val FROM kv WHERE ns = ? AND key = ?",
                                  (ns, key)).fetchone()
            val = row[0] if row else None
        return None if val is None else pickle.loads(val)

    def put(self, ns: str, key: str, value: Any) -> None:
        self._pending[(ns, key)] = None if value is None else pickle.dumps(
            value, pickle.HIGHEST_PROTOCOL)

    def scan(self, ns: str, prefix: str) -> list[tuple[str, Any]]:
        """The rows of `ns` whose key starts with `prefix` + NUL-free text, in key order."""
        self._flush()
        hi = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return [(k, pickle.loads(v)) for k, v in self.db.execute(
            "SELECT key, val FROM kv WHERE ns = ? AND key >= ? AND key < ? ORDER BY key",
            (ns, prefix, hi))]

    def _flush(self) -> None:
        if not self._pending:
            return
        if not self._in_tx:
            self.db.execute("BEGIN IMMEDIATE")
            self._in_tx = True
        fresh = [k for k in self._pending if k not in self._undone]
        self.db.executemany(
            "INSERT OR IGNORE INTO undo SELECT ?, ?, (SELECT val FROM kv WHERE ns = ? AND "
            "key = ?)", ((ns, key, ns, key) for ns, key in fresh))
        self._undone.update(fresh)
        self.db.executemany("DELETE FROM kv WHERE ns = ? AND key = ?",
                            (k for k, v in self._pending.items() if v is None))
        self.db.executemany("INSERT OR REPLACE INTO kv VALUES (?, ?, ?)",
                            ((ns, key, v) for (ns, key), v in self._pending.items()
                             if v is not None))
        self._pending.clear()

    def commit(self, version: str) -> None:
        old = self.version()
        self._flush()
        if not self._in_tx:
            self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('prev', ?)", (old,))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
        self.db.execute("COMMIT")
        self._in_tx = False
        self._undone.clear()

    def clear_undo(self) -> None:
        self.db.execute("DELETE FROM undo")

    def recover(self, version: str) -> None:
        """Bring the tables to `version` (the database's): roll back a newer uncommitted one."""
        mine = self.version()
        if mine == version:
            self.clear_undo()
            return
        prev = self.db.execute("SELECT v FROM meta WHERE k = 'prev'").fetchone()
        if prev is None or prev[0] != version:
            raise StoreError(f"damaged store: tables at version {mine}, database at {version}")
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("DELETE FROM kv WHERE (ns, key) IN (SELECT ns, key FROM undo)")
        self.db.execute("INSERT INTO kv SELECT ns, key, val FROM undo WHERE val IS NOT NULL")
        self.db.execute("DELETE FROM undo")
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
        self.db.execute("COMMIT")

    def close(self) -> None:
        if self._in_tx:
            self.db.execute("ROLLBACK")
            self._in_tx = False
        self._pending.clear()
        self.db.close()


# -- writing -----------------------------------------------------------------------------------


def quads(main: Iterable[ox.Triple], evidence: Iterable[ox.Triple]) -> Iterator[ox.Quad]:
    for t in main:
        yield ox.Quad(t.subject, t.predicate, t.object, MAIN_GRAPH)
    for t in evidence:
        yield ox.Quad(t.subject, t.predicate, t.object, EVIDENCE_GRAPH)


def create(path: Path | str, main: Iterable[ox.Triple], evidence: Iterable[ox.Triple],
           state: State) -> Path:
    """Write a new store generation with these triples and state, then make it the live one.

    An existing store at `path` stays live and unchanged until the final atomic rename.
    """
    def load(store: ox.Store) -> None:
        store.bulk_extend(quads(main, evidence))

    return _create(path, load, state)


def create_from_files(path: Path | str, main_nt: Path | str, evidence_nt: Path | str | None,
                      state: State) -> Path:
    """:func:`create` from a build's N-Triples files (`graph.nt` into the default graph,
    `graph-evidence.nt` into :data:`EVIDENCE_GRAPH`), which Oxigraph bulk-loads in Rust: no
    Python triple objects, several times faster than :func:`create` on a large graph. The
    files must be the ones written from the same graph as `state` (as `build --store` does).
    """
    main_nt = Path(main_nt)
    for f in (main_nt, evidence_nt):
        if f is not None and not Path(f).is_file():
            raise StoreError(f"{f}: not found")

    def load(store: ox.Store) -> None:
        # lenient: skip re-validating IRIs; these files were written by pyoxigraph itself
        store.bulk_load(path=str(main_nt), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        if evidence_nt is not None:
            store.bulk_load(path=str(evidence_nt), format=ox.RdfFormat.N_TRIPLES,
                            to_graph=EVIDENCE_GRAPH, lenient=True)

    return _create(path, load, state)


def _create(path: Path | str, load: Callable[[ox.Store], None], state: State) -> Path:
    """A new generation in a temporary directory, filled by `load(store)`, then published
    with one atomic rename; an existing store stays live and unchanged until then."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: exists and is not a directory")
    if path.is_dir() and any(path.iterdir()) and not is_store(path):
        leftovers = {c.name for c in path.iterdir()} - {LOCK}
        if leftovers and not all(n.startswith((".tmp-", ".current.")) for n in leftovers):
            raise StoreError(f"{path}: directory exists and is not a litgraph store; "
                             "choose an empty or new directory")
    with _locked(path, exclusive=True):
        name = f"gen-{new_version()}"
        tmp = path / f".tmp-{name}"
        tmp.mkdir()
        store = ox.Store(str(tmp / "oxigraph"))
        load(store)
        store.extend([_version_quad(state.version)])
        store.flush()
        del store  # pyoxigraph has no close(): dropping the last reference closes RocksDB
        gc.collect()
        _write_state(tmp, state)
        os.replace(tmp, path / name)
        _publish(path, name)
        _collect_garbage(path, path / name)
        return path / name


def _publish(path: Path, name: str) -> None:
    """Make generation `name` the live one: one atomic rename of a symlink."""
    link_tmp = path / f".current.{name}"
    link_tmp.unlink(missing_ok=True)
    os.symlink(name, link_tmp)
    os.replace(link_tmp, path / CURRENT)
    _fsync_dir(path)


class Writer:
    """An open store for `add`: the database read-write, its state, and `commit(delta)`."""

    def __init__(self, path: Path, gen: Path, store: ox.Store, state: State) -> None:
        self.path, self.gen, self.store, self.state = path, gen, store, state

    def commit(self, state: State, delete: Iterable[ox.Quad], insert: Iterable[ox.Quad]
               ) -> None:
        """Apply `delete` then `insert` and switch to `state`, all in one transaction."""
        old = self.state.version
        _write_state(self.gen, state)
        ops = sparql_delta([*delete, _version_quad(old)], [*insert, _version_quad(state.version)])
        self.store.update(ops)
        self.store.flush()
        self.state = state
        _discard_state(self.gen, old)
        if state.tables is not None:
            state.tables.clear_undo()


def _discard_state(gen: Path, version: str) -> None:
    _state_path(gen, version).unlink(missing_ok=True)


def _quad_text(q: ox.Quad) -> str:
    return f"{q.subject} {q.predicate} {q.object} ."


def sparql_delta(delete: list[ox.Quad], insert: list[ox.Quad]) -> str:
    """One SPARQL update (one transaction) deleting then inserting these quads."""
    def block(qs: list[ox.Quad]) -> list[str]:
        by_graph: dict[str, list[str]] = {}
        for q in qs:
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph.setdefault(g, []).append(_quad_text(q))
        lines = list(by_graph.pop("", []))
        for g, items in by_graph.items():
            lines.append(f"GRAPH {g} {{")
            lines.extend(items)
            lines.append("}")
        return lines

    return "\n".join(["DELETE DATA {", *block(delete), "} ;", "INSERT DATA {",
                      *block(insert), "}"])


@contextlib.contextmanager
def open_write(path: Path | str) -> Iterator[Writer]:
    """Open a store for `add` (exclusive lock); cleans up whatever a crash left behind."""
    path = Path(path)
    if not is_store(path):
        raise StoreError(f"{path}: not a litgraph store (run `litgraph build --store {path}`)")
    with _locked(path, exclusive=True):
        gen = _generation(path)
        _collect_garbage(path, gen)
        store = ox.Store(str(gen / "oxigraph"))
        writer = tables = None
        try:
            version = stored_version(store)
            if version is None:
                raise StoreError(f"{path}: damaged store (no version marker)")
            for stale in gen.iterdir():
                if stale.name.startswith(".tmp-") or (
                        stale.name.startswith("state-") and stale != _state_path(gen, version)):
                    stale.unlink()
            state = _read_state(gen, version)
            state.tables = tables = Tables(gen / TABLES)
            tables.recover(version)
            writer = Writer(path, gen, store, state)
            yield writer
        finally:
            if writer is not None:
                writer.store = None
            if tables is not None:
                tables.close()
            store.flush()
            del store
            gc.collect()


def dump_nquads(store: ox.Store, include_meta: bool = False) -> list[str]:
    """Every quad as a sorted list of N-Quads lines (for comparing stores in tests)."""
    lines = []
    for q in store:
        if not include_meta and q.graph_name == META_GRAPH:
            continue
        lines.append(str(q))
    lines.sort()
    return lines
