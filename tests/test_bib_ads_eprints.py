"""NASA ADS exports an arXiv paper with ``journal = {arXiv e-prints}`` and the
identifier in ``pages`` and ``eid`` (``arXiv:1907.00161``): the server named as
the journal, so a preprint on arXiv, with no page place (blind set 23)."""

from __future__ import annotations

from helpers.nlm_text import nlm

ADS = """@ARTICLE{2020arXiv200112345R,
       author = {{Roe}, Ann},
        title = "{A survival model for trials}",
      journal = {arXiv e-prints},
         year = "2020",
        month = "Jan",
          eid = {arXiv:2001.12345},
        pages = {arXiv:2001.12345},
archivePrefix = {arXiv},
       eprint = {2001.12345},
       adsurl = {https://ui.adsabs.harvard.edu/abs/2020arXiv200112345R}
}"""


def test_arxiv_e_prints_is_the_server():
    text = nlm(ADS)
    assert "[Preprint]. arXiv. 2020 Jan." in text, text
    assert "Available from: https://arxiv.org/abs/2001.12345" in text
    assert ":arXiv:" not in text
