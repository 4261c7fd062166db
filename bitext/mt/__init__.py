"""Offline Chinese→English machine translation over Argos Translate packages.

Importing this package is cheap: CTranslate2, SentencePiece and
argostranslate are imported only when a translator is loaded or packages
are listed, and ``argostranslate.translate`` (which pulls in torch) never is.
"""

from .packages import InstalledPackage, ModelNotInstalled, PackageError
from .translator import DecodingOptions, Translator, load_translator

__all__ = ["DecodingOptions", "InstalledPackage", "ModelNotInstalled", "PackageError", "Translator", "load_translator"]
