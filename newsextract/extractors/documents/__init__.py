"""Official documents cited in an article: codes, types, numbers, dates, issuers and stable ids.

``extractor.find_documents(text, lang)`` is the pure function; ``extractor.extract(doc)`` the
pipeline component. Registration codes are decoded in ``codes`` with the language-independent
lexicon ``resources/common/codes.yaml``; per-language words live in ``resources/<iso>/``.
"""
