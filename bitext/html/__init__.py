"""The learner's reading page: one self-contained, offline HTML file per document.

:func:`to_html` renders a :class:`~bitext.model.Document`;
:func:`content_security_policy` is the policy the page carries (script and
style allowed by their hashes only, every fetch forbidden).
"""

from bitext.html.layout import EnglishLayout, EnglishSentence, english_layout
from bitext.html.page import SCRIPTS, content_security_policy, to_html, tone_of

__all__ = ["SCRIPTS", "EnglishLayout", "EnglishSentence", "content_security_policy", "english_layout", "to_html",
           "tone_of"]
