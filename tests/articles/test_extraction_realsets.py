"""The fresh real-news sets of issue #13 (tests/data/realset_c..ay, see
tests/data/realsets.md): labels that hold together, and floors on the sets the
extractor was tuned on (scored by bench/eval_extraction.py). Each floor is the
strict F1 last measured on that set minus 0.03, so that no round can quietly
undo another; the comment beside each gives its first sight. The held-out
sets (G, I, AF, AG, AI, AN, AP, AQ, AS, AT, AU, AV, AW, AX, AY) have no floor, so that nobody
tunes on them to keep a test green.
P, R, AO, AP, AQ, AS, AU and AV were labelled a second time, independently
(labels_second.json), to measure how far two readers agree
(bench/label_agreement.py). A third reader then settled the two lists of AQ,
AS and AV by the conventions, blind to the extractor: their labels.json is
that settled list, the first reader's is labels_first.json."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAMES = [*"cdefghijklmnopqrstuvwxyz", *(f"a{letter}" for letter in "abcdefghijklmnopqrstuvwxy")]
SETS = {name: ROOT / f"tests/data/realset_{name}" for name in NAMES}
C_STRICT_F1_FLOOR = 0.94  # first sight 0.66
D_STRICT_F1_FLOOR = 0.94  # first sight 0.52; 0.57 while held out
E_STRICT_F1_FLOOR = 0.94  # first sight 0.78
F_STRICT_F1_FLOOR = 0.89  # first sight 0.71
H_STRICT_F1_FLOOR = 0.92  # first sight 0.67
J_STRICT_F1_FLOOR = 0.91  # first sight 0.57 (tuned on in round 5)
K_STRICT_F1_FLOOR = 0.93  # first sight 0.65 (tuned on in round 6)
L_STRICT_F1_FLOOR = 0.94  # first sight 0.74 (tuned on in round 7)
M_STRICT_F1_FLOOR = 0.94  # first sight 0.66 (tuned on in round 7)
N_STRICT_F1_FLOOR = 0.89  # first sight 0.66 (tuned on in round 8)
O_STRICT_F1_FLOOR = 0.90  # first sight 0.61 (tuned on in round 9)
Q_STRICT_F1_FLOOR = 0.92  # first sight 0.58 (tuned on in round 9)
P_STRICT_F1_FLOOR = 0.85  # first sight 0.68 (tuned on in round 10)
R_STRICT_F1_FLOOR = 0.93  # first sight 0.64 (tuned on in round 10)
S_STRICT_F1_FLOOR = 0.87  # first sight 0.60 (tuned on in round 10)
T_STRICT_F1_FLOOR = 0.88  # first sight 0.63 (tuned on in round 11)
U_STRICT_F1_FLOOR = 0.74  # first sight 0.54 (tuned on in round 11)
V_STRICT_F1_FLOOR = 0.92  # first sight 0.55 (tuned on in round 12)
W_STRICT_F1_FLOOR = 0.93  # first sight 0.62 (tuned on in round 12)
X_STRICT_F1_FLOOR = 0.80  # first sight 0.60 (tuned on in the pooled rounds)
Y_STRICT_F1_FLOOR = 0.73  # first sight 0.58 (tuned on in the pooled rounds)
Z_STRICT_F1_FLOOR = 0.73  # first sight 0.55 (tuned on in the pooled rounds)
AA_STRICT_F1_FLOOR = 0.85  # first sight 0.68 (tuned on in the pooled rounds)
AB_STRICT_F1_FLOOR = 0.81  # first sight 0.63 (tuned on in the pooled rounds)
AC_STRICT_F1_FLOOR = 0.82  # first sight 0.67 (tuned on in the pooled rounds)
AD_STRICT_F1_FLOOR = 0.79  # first sight 0.65 (tuned on in the pooled rounds)
AH_STRICT_F1_FLOOR = 0.71  # first sight 0.46 (opened by ahtune, tuned on from the evening rounds)
AJ_STRICT_F1_FLOOR = 0.78  # first sight 0.62 (opened by ajtune)
AM_STRICT_F1_FLOOR = 0.77  # first sight 0.52 (opened by amtune)
AK_STRICT_F1_FLOOR = 0.87  # first sight 0.57 (opened by programme)
AL_STRICT_F1_FLOOR = 0.79  # first sight 0.61 (opened by places)
AE_STRICT_F1_FLOOR = 0.84  # first sight 0.61 (opened by counts)
AR_STRICT_F1_FLOOR = 0.68  # first sight 0.56 (opened by artune)
AO_STRICT_F1_FLOOR = 0.65  # first sight 0.54; 0.52 while held out (opened by the lead, late)
METRICS = {"coverage_pct", "participants", "target_pct", "budget_idr", "award_rank", "workforce"}
SEGMENTS = {"total", "formal", "informal", "construction", "migrant", "vulnerable", "other"}


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location(
        "eval_extraction", ROOT / "bench" / "eval_extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "file"),
    [*((name, "labels.json") for name in NAMES),
     *((name, "labels_second.json") for name in ("p", "r", "ao", "ap", "aq", "as", "au", "av")),
     *((name, "labels_first.json") for name in ("aq", "as", "av"))],
)  # fmt: skip
def test_every_label_quotes_its_article_once_and_names_its_value(name, file):
    directory = SETS[name]
    labels = json.loads((directory / file).read_text(encoding="utf-8"))
    assert len(labels) >= 25
    articles = {label["article"] for label in labels}
    assert len(articles) >= 8
    for label in labels:
        raw = (directory / "articles" / f"{label['article']}.txt").read_text(encoding="utf-8")
        assert raw.startswith("URL: http")
        body = raw.split("\n\n", 1)[1]
        assert body.count(label["quote"]) == 1, label
        assert label["metric"] in METRICS, label
        assert label["segment"] in SEGMENTS, label
        assert label["region"], label
        assert label["region_level"] in {
            "nation",
            "province",
            "regency",
            "city",
        }, label
        if label["metric"] == "award_rank":
            assert label["segment"] == "other", label


def test_the_sets_share_no_article_with_each_other_or_the_devset():
    def urls(directory):
        return {
            path.read_text(encoding="utf-8").split("\n", 1)[0]
            for path in (directory / "articles").glob("*.txt")
        }

    sets = [urls(ROOT / "tests/data/devset"), *(urls(directory) for directory in SETS.values())]
    for i, one in enumerate(sets):
        for other in sets[i + 1 :]:
            assert not one & other


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("c", C_STRICT_F1_FLOOR),
        ("d", D_STRICT_F1_FLOOR),
        ("e", E_STRICT_F1_FLOOR),
        ("f", F_STRICT_F1_FLOOR),
        ("h", H_STRICT_F1_FLOOR),
        ("j", J_STRICT_F1_FLOOR),
        ("k", K_STRICT_F1_FLOOR),
        ("l", L_STRICT_F1_FLOOR),
        ("m", M_STRICT_F1_FLOOR),
        ("n", N_STRICT_F1_FLOOR),
        ("o", O_STRICT_F1_FLOOR),
        ("p", P_STRICT_F1_FLOOR),
        ("q", Q_STRICT_F1_FLOOR),
        ("r", R_STRICT_F1_FLOOR),
        ("s", S_STRICT_F1_FLOOR),
        ("t", T_STRICT_F1_FLOOR),
        ("u", U_STRICT_F1_FLOOR),
        ("v", V_STRICT_F1_FLOOR),
        ("w", W_STRICT_F1_FLOOR),
        ("x", X_STRICT_F1_FLOOR),
        ("y", Y_STRICT_F1_FLOOR),
        ("z", Z_STRICT_F1_FLOOR),
        ("aa", AA_STRICT_F1_FLOOR),
        ("ab", AB_STRICT_F1_FLOOR),
        ("ac", AC_STRICT_F1_FLOOR),
        ("ad", AD_STRICT_F1_FLOOR),
        ("ah", AH_STRICT_F1_FLOOR),
        ("aj", AJ_STRICT_F1_FLOOR),
        ("am", AM_STRICT_F1_FLOOR),
        ("ak", AK_STRICT_F1_FLOOR),
        ("al", AL_STRICT_F1_FLOOR),
        ("ae", AE_STRICT_F1_FLOOR),
        ("ar", AR_STRICT_F1_FLOOR),
        ("ao", AO_STRICT_F1_FLOOR),
    ],
)
def test_strict_f1_on_a_tuned_set_stays_above_its_floor(scorer, name, floor):
    loose, strict = scorer.evaluate(SETS[name])
    precision, recall, f1 = scorer.prf(*strict.counts())
    assert f1 >= floor, (precision, recall, f1)
    assert scorer.prf(*loose.counts())[2] >= f1
