"""h-prev9 (issue 12, prevalence data audit): common conditions whose phenotype.hpoa entry had
only the default prior get their sourced figure from curated/prevalence.yaml, so a person's
question that names them finds them among the first candidates; Fuchs endothelial corneal
dystrophy stays without one (its annotations would make it lead optic neuritis questions)."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

HAND_OSTEOARTHRITIS, CENTRAL_PRECOCIOUS_PUBERTY = "OMIM:140600", "OMIM:176400"
FUCHS_DYSTROPHY, OPTIC_NEURITIS = "ORPHA:98974", "MONDO:0005885"
SPONDYLOLISTHESIS = "OMIM:184200"


def test_the_audited_entries_carry_a_sourced_figure(engine: Engine) -> None:
    curated = engine.knowledge.curated_prevalence
    for disease in (HAND_OSTEOARTHRITIS, CENTRAL_PRECOCIOUS_PUBERTY, SPONDYLOLISTHESIS):
        per_100000, _phrase, references, *_ = curated[disease]
        assert per_100000 > 50  # commoner than the EU line for rare (5 in 10,000)
        assert all(reference.startswith("PMID:") for reference in references)
    assert FUCHS_DYSTROPHY not in curated


def test_heberden_nodes_meet_osteoarthritis_of_the_end_finger_joints(engine: Engine) -> None:
    """Without a figure it was not in the top 10 for this question (main 49c3ae6)."""
    question = "my mother has Heberden's nodes on her fingers and they ache"
    assert answer_rank(engine, question, HAND_OSTEOARTHRITIS) < 3


def test_a_young_girl_with_early_puberty_meets_central_precocious_puberty(engine: Engine) -> None:
    question = "my 7 year old daughter has isosexual precocious puberty and is tall for her age"
    assert answer_rank(engine, question, CENTRAL_PRECOCIOUS_PUBERTY) == 0
    assert answer_rank(engine, "my 7 year old daughter has precocious puberty",
                       CENTRAL_PRECOCIOUS_PUBERTY) < 3


def test_painful_eye_movement_and_lost_vision_lead_to_optic_neuritis(engine: Engine) -> None:
    question = "loss of vision in one eye and it hurts when I move that eye"
    assert answer_rank(engine, question, OPTIC_NEURITIS) == 0


def test_a_slipped_vertebra_on_the_x_ray_meets_spondylolisthesis(engine: Engine) -> None:
    """Without a figure it was not in the top 10 for either question (main 49c3ae6)."""
    assert answer_rank(engine, "low back pain and the x-ray shows spondylolisthesis",
                       SPONDYLOLISTHESIS) < 5
    assert answer_rank(engine, "my son is 16 and has spondylolysis with back pain",
                       SPONDYLOLISTHESIS) < 3


def test_an_epidemics_figure_gives_zika_no_common_prior(engine: Engine) -> None:
    """Orphanet's only figure for Zika virus disease is Brazil's in the 2016 epidemic (1-5 in
    10,000 a year); the compile script no longer uses an infection's one-country figure from
    that class up, so Zika counts as a disease of unknown frequency (knowledge/data/README)."""
    index = engine.knowledge.disease_ids.index("ORPHA:448237")
    assert engine.ranker.prevalence[index] is None
