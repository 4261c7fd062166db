"""bitext: Chinese–English bilingual annotation.

A Chinese article goes in; out come a bilingual TEI P5 file (pinyin on every
word, offline machine translation, names linked to a glossary), a glossary
conflict review for translators and reading views for learners.

Importing the package is cheap: heavy libraries (CTranslate2, OpenCC,
pypinyin, lxml) are imported by the stages that use them.
"""

__version__ = "0.1.0"
