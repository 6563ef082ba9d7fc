"""Questions that name a gene (h-genes1, issue 14): HPO's genes_to_phenotype.txt compiled into
the knowledge (knowledge/genes.py), read with the release by `update` and `import`, gene
symbols read in questions (text/genes.py) and shown with their spans, and the diseases linked
to a named gene lifted by a strong, bounded ratio (rank/genes.py) with the answer saying so."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge import releases
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.curated import gene_words, parse_gene_words
from whatcauses.knowledge.genes import GeneLinks, gene_arrays, parse_gene_links
from whatcauses.knowledge.releases import limits
from whatcauses.knowledge.sources import GENES_NAME, DataFiles, releases_dir
from whatcauses.knowledge.store import cache_path
from whatcauses.rank.genes import GENE_LINK_LR, gene_weights
from whatcauses.text.genes import GeneReader

from .conftest import FIXTURES
from .readings import answer_rank, cli_interpretation
from .test_releases import (  # noqa: F401 (pytest fixtures)
    ReleaseServer,
    Route,
    fast,
    release_texts,
    server,
    store,
    write_release,
)

MINI_GENES = FIXTURES / "mini_genes.txt"
MARFAN = "OMIM:154700"
DUCHENNE = "OMIM:310200"
CYSTIC_FIBROSIS = "OMIM:219700"
CAT_SCRATCH = "ORPHA:50839"


# ---- the gene table ----


def test_the_table_is_read_as_symbol_to_diseases() -> None:
    links = parse_gene_links(MINI_GENES.read_text(encoding="utf-8").splitlines())
    assert links == {"ALPH1": ("OMIM:100001",), "BETA2": ("OMIM:100002", "OMIM:999999"),
                     "NOGO1": ("OMIM:999998",)}
    with pytest.raises(DataError, match="column header"):
        parse_gene_links(["database_id\tdisease_name", "OMIM:1\tx"])


def test_compiled_links_keep_ranked_diseases_and_every_symbol() -> None:
    links = GeneLinks(gene_arrays({"ALPH1": ("OMIM:1",), "NOGO1": ("OMIM:9",)},
                                  {"OMIM:1": 0, "OMIM:2": 1}))
    assert len(links) == 2 and "ALPH1" in links and "alph1" not in links
    assert links.diseases("ALPH1") == (0,)
    assert links.diseases("NOGO1") == ()  # known symbol, no ranked disease
    assert links.diseases("ZZZ9") == ()
    assert links.spelled("alph1") == "ALPH1"


def test_the_knowledge_cache_holds_the_links_and_is_keyed_by_the_table(
        mini_files: DataFiles) -> None:
    with_genes = DataFiles(mini_files.obo, mini_files.hpoa, "mini-genes", genes=MINI_GENES)
    knowledge = Knowledge.load(with_genes, "test")
    index = knowledge.disease_ids_index
    assert knowledge.gene_links.diseases("ALPH1") == (index["OMIM:100001"],)
    assert "NOGO1" in knowledge.gene_links
    assert cache_path(with_genes, "t") != cache_path(mini_files, "t")
    # A release without the table links no gene.
    assert len(Knowledge.load(mini_files, "test").gene_links) == 0


def test_the_embedded_release_ships_the_table(engine: Engine) -> None:
    files = engine.knowledge.files
    assert files is not None and files.genes is not None and files.genes.name == GENES_NAME
    links = engine.knowledge.gene_links
    ids = engine.knowledge.disease_ids
    assert MARFAN in {ids[d] for d in links.diseases("FBN1")}


# ---- releases: import and update carry the table ----


def _genes_text() -> bytes:
    return (b"ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n"
            b"7\tTEST1\tHP:0001250\tSeizure\t-\tOMIM:900001\n")


def test_import_keeps_the_gene_table(store: Path) -> None:  # noqa: F811
    folder = write_release(store / "src", *release_texts("2030-02-01"))
    (folder / GENES_NAME).write_bytes(_genes_text())
    outcome = releases.import_release(folder)
    assert outcome.manifest is not None
    assert GENES_NAME in {f.name for f in outcome.manifest.files}
    knowledge = Engine.load().knowledge
    assert knowledge.gene_links.diseases("TEST1") == (knowledge.disease_index("OMIM:900001"),)


def test_update_fetches_the_gene_table_too(store: Path, server: ReleaseServer) -> None:  # noqa: F811
    server.publish("v2030-02-01", *release_texts("2030-02-01"))
    server.routes[f"/releases/download/v2030-02-01/{GENES_NAME}"] = Route(_genes_text())
    outcome = releases.update("2030-02-01", options=fast(server))
    assert outcome.active == "2030-02-01"
    assert (releases_dir() / "2030-02-01" / GENES_NAME).read_bytes() == _genes_text()
    assert "TEST1" in Engine.load().knowledge.gene_links


def test_update_without_a_published_table_installs_the_release(
        store: Path, server: ReleaseServer) -> None:  # noqa: F811
    server.publish("v2030-02-01", *release_texts("2030-02-01"))
    assert releases.update("2030-02-01", options=fast(server)).active == "2030-02-01"
    assert not (releases_dir() / "2030-02-01" / GENES_NAME).exists()
    assert len(Engine.load().knowledge.gene_links) == 0


def test_a_file_that_is_not_the_gene_table_is_refused() -> None:
    with pytest.raises(Exception, match="gene table"):
        limits.check_header(GENES_NAME, b"<html>Not Found</html>\n", whole_file=True)
    limits.check_header(GENES_NAME, _genes_text(), whole_file=True)


# ---- reading genes in a question ----


@pytest.fixture
def reader() -> GeneReader:
    links = GeneLinks(gene_arrays({"FBN1": ("D:1",), "CAT": ("D:2",), "CFTR": ("D:3",),
                                   "PTH": ("D:4",), "NF1": ("D:5",), "HTT": ("D:6",)},
                                  {"D:1": 0, "D:2": 1, "D:3": 2, "D:4": 3, "D:5": 4, "D:6": 5}))
    known = {"cat", "pth"}  # an English word, a test's name
    return GeneReader(links, ["D:1", "D:2", "D:3", "D:4", "D:5", "D:6"], gene_words(),
                      lambda word: word.lower() in known)


def _read(reader: GeneReader, text: str) -> list[tuple[str, str, bool, bool]]:
    return [(g.symbol, text[g.start:g.end], g.known, g.negated) for g, _ in reader.read(text)]


def test_a_distinctive_symbol_is_read_as_written(reader: GeneReader) -> None:
    assert _read(reader, "tall with an FBN1 variant") == [("FBN1", "FBN1", True, False)]
    assert _read(reader, "what does HTT do") == [("HTT", "HTT", True, False)]
    assert _read(reader, "what does htt do") == []  # case kept without gene words


def test_a_symbol_that_is_also_a_word_needs_gene_words(reader: GeneReader) -> None:
    assert _read(reader, "our CAT scratched him") == []
    assert _read(reader, "PTH is high") == []
    assert _read(reader, "a mutation in the CAT gene") == [("CAT", "CAT", True, False)]
    assert _read(reader, "a variant of PTH") == [("PTH", "PTH", True, False)]
    assert _read(reader, "NF1-related tumours") == [("NF1", "NF1", True, False)]
    assert _read(reader, "a pathogenic cftr variant") == [("CFTR", "cftr", True, False)]


def test_gene_words_span_the_mention(reader: GeneReader) -> None:
    text = "a deletion in the FBN1 gene was found"
    [(mention, (start, end))] = reader.read(text)
    assert text[start:end] == "deletion in the FBN1 gene"
    assert text[mention.start:mention.end] == "FBN1" and mention.diseases == ("D:1",)


def test_a_family_stem_names_its_numbered_members() -> None:
    links = GeneLinks(gene_arrays({"BRCA1": ("D:1",), "BRCA2": ("D:2",), "NF1": ("D:3",)},
                                  {"D:1": 0, "D:2": 1, "D:3": 2}))
    reader = GeneReader(links, ["D:1", "D:2", "D:3"], gene_words(), lambda word: False)
    [(mention, _)] = reader.read("a BRCA mutation")
    assert (mention.symbol, mention.diseases, mention.known) == ("BRCA1/BRCA2", ("D:1", "D:2"),
                                                                 True)
    assert reader.read("BRCA is in the news") == []  # a stem needs gene words
    assert [g.known for g, _ in reader.read("an NF gene variant")] == [False]  # stem too short


def test_unknown_and_denied_genes(reader: GeneReader) -> None:
    assert _read(reader, "a mutation in the BRCA3 gene") == [("BRCA3", "BRCA3", False, False)]
    assert _read(reader, "a DNA variant") == []  # not_genes
    assert _read(reader, "an ABC1 in my notes") == []  # no gene words: not a mention
    assert _read(reader, "no CFTR mutation was found") == [("CFTR", "CFTR", True, True)]
    assert _read(reader, "CFTR negative") == [("CFTR", "CFTR", True, True)]


def test_a_shouted_question_reads_genes_only_with_gene_words(reader: GeneReader) -> None:
    assert _read(reader, "WHAT DOES HTT DO TO MY FAMILY") == []
    assert _read(reader, "WHAT DOES THE HTT GENE DO") == [("HTT", "HTT", True, False)]


def test_the_word_list_is_checked() -> None:
    with pytest.raises(DataError, match="after"):
        parse_gene_words({"after": ["Gene"]})


# ---- the real engine: interpretation, ranking, answer ----


def test_genes_are_read_in_real_questions(engine: Engine) -> None:
    question = "5 year old boy keeps falling over, a deletion in the DMD gene was found"
    reading = engine.interpret(question)
    [gene] = reading.genes
    assert (gene.symbol, question[gene.start:gene.end], gene.known) == ("DMD", "DMD", True)
    assert DUCHENNE in gene.diseases
    # The gene's words are neither findings nor unrecognised words.
    assert "DMD" not in {f.text for f in reading.findings}
    assert not {"deletion", "gene", "DMD"} & set(reading.unrecognized)
    mapped = [m for m in reading.mappings() if m["kind"] == "gene"]
    assert mapped == [{"kind": "gene", "text": "DMD", "span": [gene.start, gene.end],
                       "gene": "DMD", "known": True, "diseases": list(gene.diseases)}]
    # Words and abbreviations the reader knows as something else are no genes alone.
    assert not engine.interpret("our CAT scratched my son, he has a fever").genes
    assert not engine.interpret("PTH is high and calcium is high").genes
    assert not engine.interpret("raised CK and muscle aches").genes


def test_an_unknown_symbol_is_reported_not_an_error(engine: Engine) -> None:
    reading = engine.interpret("a mutation in the BRCA3 gene and breast lumps")
    assert [(g.symbol, g.known) for g in reading.genes] == [("BRCA3", False)]
    assert any("BRCA3" in note for note in reading.notes)
    answer = engine.ask("a mutation in the BRCA3 gene and breast lumps")
    assert answer.ranking.candidates  # the findings are still ranked
    assert "BRCA3 is not a gene symbol in HPO's gene table" in answer.answer


def test_a_linked_disease_is_lifted_and_the_answer_says_so(engine: Engine) -> None:
    question = "tall thin teenager whose eye lenses slipped; the genetic test found an FBN1 variant"
    assert answer_rank(engine, question, MARFAN) == 0
    answer = engine.ask(question, top=5)
    leader = answer.ranking.candidates[0]
    assert leader.genes == ("FBN1",)
    assert "is linked to the named gene FBN1" in answer.answer
    cited = [c for c in answer.citations if c.id == "HPO-GENES"]
    assert cited and engine.data_release in cited[0].title
    assert answer_rank(engine, "boy of 5 who falls a lot with big calves and a DMD gene "
                       "deletion", DUCHENNE) == 0


def test_diseases_not_linked_are_kept(engine: Engine) -> None:
    weights = gene_weights(engine.knowledge, {"FBN1": (MARFAN,)})
    assert weights is not None
    marfan = engine.knowledge.disease_index(MARFAN)
    assert weights[marfan] == GENE_LINK_LR
    assert np.count_nonzero(weights == 1.0) > engine.knowledge.n_diseases - 10
    assert gene_weights(engine.knowledge, {"NOGO1": ()}) is None
    # Findings that fit another cause still rank it beside a gene whose diseases they do not
    # fit (KIT: mastocytosis, piebaldism, stromal tumours).
    question = ("our cat scratched my son and now he has a swollen lump in his armpit and a "
                "fever; he also carries a KIT gene variant")
    assert [g.symbol for g in engine.interpret(question).genes] == ["KIT"]
    assert answer_rank(engine, question, CAT_SCRATCH) < 10


def test_a_gene_named_alone_ranks_its_diseases(engine: Engine) -> None:
    answer = engine.ask("what does a CFTR mutation cause", top=5)
    assert answer.ranking.candidates[0].id == CYSTIC_FIBROSIS
    assert "You name the gene CFTR" in answer.answer


def test_a_denied_gene_lifts_nothing(engine: Engine) -> None:
    reading = engine.interpret("no CFTR mutation, but recurrent chest infections")
    assert [(g.symbol, g.negated) for g in reading.genes] == [("CFTR", True)]
    assert reading.gene_diseases == {}


def test_the_cli_json_shows_the_gene_with_its_span(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "NF1-related findings: freckles in the armpits"
    interpretation = cli_interpretation(engine, monkeypatch, question)
    [gene] = interpretation["genes"]
    assert gene["symbol"] == "NF1" and gene["span"] == [0, 3] and gene["known"]
    assert any(m["kind"] == "gene" and m["text"] == "NF1" for m in interpretation["mappings"])


@pytest.fixture
def client(engine: Engine) -> Iterator[object]:
    with warnings.catch_warnings():
        # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from whatcauses.http.app import create_app

    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def test_the_http_api_takes_the_gene_in_the_question(client: object) -> None:
    response = client.get(  # type: ignore[attr-defined]
        "/api/ask", params={"q": "a child with an SMN1 deletion who is floppy", "top": 5})
    assert response.status_code == 200
    body = json.loads(response.text)
    assert [g["symbol"] for g in body["interpretation"]["genes"]] == ["SMN1"]
    assert any("SMN1" in c["genes"] for c in body["candidates"])
