"""Sanctions screening without Qt or a database.

* ``entries``: ``ListEntry``, ``ParsedList``, ``ListFormatError``.
* Importers, one per format, each ``parse_<format>(path(s), ...) -> ParsedList``:
  ``un_xml``, ``ofac_csv``, ``ofac_xml``, ``eu_csv``, ``afm_xml``, ``generic_csv``
  (shared helpers: ``listfiles`` for bytes, hashes and safe XML, ``listdates``,
  ``ofac_common``).
* Names: ``translit`` (Kazakh/Russian Cyrillic, passport Latin, 2021 Kazakh Latin,
  BGN/PCGN, Russified Kazakh) and ``normalise`` (tokens and match keys).
* Matching: ``index.ScreeningIndex`` (built once from many lists), ``scoring`` (one name
  against one name), ``matcher`` (``Subject``, ``Hit``, ``screen``, ``screen_many``),
  ``settings`` (thresholds from the rule pack).
* ``sample_names``: made-up Kazakhstani customers for the demo and benchmarks.
"""
