"""The PhEval runner: ``pheval run --runner whatcausesphevalrunner`` ranks a corpus' cases.

PhEval calls :meth:`prepare`, :meth:`run` and :meth:`post_process` in turn, then writes the
run's metadata (``results.yml``) from :meth:`construct_meta_data`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pheval.runners.runner import PhEvalRunner
from whatcauses import Engine
from whatcauses.errors import InputError
from whatcauses.version import __version__

from pheval_whatcauses.corpus import PHENOPACKET_FOLDER, corpus_cases
from pheval_whatcauses.post_process import write_pheval_disease_results
from pheval_whatcauses.rank_corpus import rank_corpus
from pheval_whatcauses.settings import WhatcausesSettings, parse_settings

logger = logging.getLogger(__name__)


@dataclass
class WhatcausesPhEvalRunner(PhEvalRunner):  # type: ignore[misc]  # PhEval is untyped
    """Disease prioritisation with whatcauses from each case's phenotypic features."""

    input_dir: Path
    testdata_dir: Path
    tmp_dir: Path
    output_dir: Path
    config_file: Path
    version: str
    data_release: str | None = field(default=None, init=False)

    @cached_property
    def settings(self) -> WhatcausesSettings:
        return parse_settings(self.input_dir_config.tool_specific_configuration_options)

    @property
    def phenopacket_dir(self) -> Path:
        return Path(self.testdata_dir) / PHENOPACKET_FOLDER

    def prepare(self) -> None:
        """Check the config and the corpus before any work: whatcauses ranks diseases only."""
        config = self.input_dir_config
        if config.gene_analysis or config.variant_analysis:
            raise InputError("whatcauses prioritises diseases, not genes or variants: set "
                             "gene_analysis and variant_analysis to false in config.yaml")
        if not config.disease_analysis:
            raise InputError("set disease_analysis to true in config.yaml: whatcauses "
                             "prioritises diseases")
        cases = corpus_cases(self.phenopacket_dir)
        logger.info("whatcauses %s will rank %d cases with %s", __version__, len(cases),
                    self.settings.to_dict())

    def run(self) -> None:
        """Rank every case; one raw result file per phenopacket in ``raw_results/``."""
        engine = Engine.load()
        self.data_release = engine.data_release
        outcomes = rank_corpus(engine, self.phenopacket_dir, Path(self.raw_results_dir),
                               self.settings)
        for outcome in outcomes:
            if outcome.error:
                logger.warning("%s: not ranked: %s", outcome.name, outcome.error)
            for warning in outcome.warnings:
                logger.warning("%s: %s", outcome.name, warning)
        ranked = sum(1 for outcome in outcomes if outcome.error is None)
        logger.info("whatcauses ranked %d of %d cases (HPO release %s)", ranked, len(outcomes),
                    engine.data_release)

    def post_process(self) -> None:
        """Write PhEval's disease result files in ``pheval_disease_results/``."""
        written = write_pheval_disease_results(Path(self.raw_results_dir),
                                               Path(self.output_dir), self.phenopacket_dir)
        logger.info("wrote %d PhEval disease result files", len(written))

    def construct_meta_data(self) -> Any:
        """PhEval's run metadata, with whatcauses' version, HPO release and options."""
        meta_data = super().construct_meta_data()
        meta_data.tool_version = self.version or __version__
        meta_data.tool_specific_configuration_options = {
            **self.settings.to_dict(),
            "whatcauses_version": __version__,
            "hpo_release": self.data_release,
        }
        return meta_data
