"""The one rule for a source a reader sees: not empty, not the project's notes, no strength mark."""

from __future__ import annotations

import pytest

from duewise.finance import citations
from duewise.finance.citations import Flaw


@pytest.mark.parametrize(
    "text",
    [
        "12 CFR §1026.52(b)(1)(ii) (Regulation Z), safe harbor",
        "FCRA §605(a)(5), 15 U.S.C. §1681c(a)(5)",
        "NCLC, Consumer Credit Regulation §8.3.2.2.3",
        "NCLC, Fair Credit Reporting §5.2.3.2.1",
        "CARD Act, Pub. L. 111-24, §201",
        "《征信业管理条例》 (State Council Decree No. 631, 2013), Art. 16",
        "cfpb/regulations-xml on GitHub, notice/1026/2012-28341.xml",
        "https://github.com/cfpb/regulations-xml/blob/master/README.md",
        "illustrative: each bank sets its own statement day",
        "JD help text as reproduced at hpgipv.com (a reproduction, not JD's own page)",
        "[rules] of thumb, not [R]egulation",  # brackets that are no strength mark
    ],
)
def test_sources_a_reader_can_look_up_pass(text: str) -> None:
    assert citations.findings(text) == ()


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("CGB contract (credit-rules.md §3)", Flaw.NOTES_FILE, "credit-rules.md"),
        ("see Credit-Rules §1", Flaw.NOTES_FILE, "Credit-Rules"),
        ("shared/reference notes", Flaw.NOTES_FILE, "shared/reference"),
        ("as explained in platform.md", Flaw.NOTES_FILE, "platform.md"),
        ("PBOC codes (§4)", Flaw.NOTES_SECTION, "§4"),
        ("FICO tables, § 5.3", Flaw.NOTES_SECTION, "§ 5.3"),
        ("sboyo [W]", Flaw.STRENGTH_MARK, "[W]"),
        ("CGB contract [P via R]", Flaw.STRENGTH_MARK, "[P via R]"),
        ("research note [R of P]", Flaw.STRENGTH_MARK, "[R of P]"),
        ("a page [weak]", Flaw.STRENGTH_MARK, "[weak]"),
        ("a page [S]", Flaw.STRENGTH_MARK, "[S]"),
        ("a page [M]", Flaw.STRENGTH_MARK, "[M]"),
    ],
)
def test_notes_and_marks_are_found(text: str, kind: Flaw, shown: str) -> None:
    assert citations.Finding(kind, shown) in citations.findings(text)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_an_empty_source_is_a_flaw_and_an_empty_note_is_not(text: str) -> None:
    assert citations.findings(text) == (citations.Finding(Flaw.EMPTY, ""),)
    assert citations.findings(text, empty_ok=True) == ()


def test_each_flaw_is_described_with_what_to_do() -> None:
    for finding in citations.findings("x (credit-rules.md §3) [W]") + citations.findings(""):
        sentence = citations.describe(finding)
        assert sentence and (finding.text in sentence)
    assert "original" in citations.describe(citations.Finding(Flaw.NOTES_FILE, "a.md"))
    assert "in words" in citations.describe(citations.Finding(Flaw.STRENGTH_MARK, "[W]"))


def test_a_long_hostile_text_is_scanned_in_linear_time() -> None:
    # No nested quantifiers: 200,000 characters of near-misses are scanned at once.
    text = "§1(" * 20_000 + "[P via " * 10_000 + "a.m" * 20_000
    assert all(f.kind is not Flaw.STRENGTH_MARK for f in citations.findings(text))
