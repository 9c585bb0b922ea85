"""The audit pack's sections, one module per register (or group of registers).

Each module defines one ``Section`` (``reports.section``) that reads its register through the
read session in ``ctx.data`` (a ``common.PackData``) and returns flowables. The order of the
pack and the keys a user may choose are in ``registry``; ``reports.pack.make_pack`` builds
the pack from them. This package's ``__init__`` imports nothing, so ``reports.labels`` can
take the sections' labels from ``labels_en``/``labels_ru`` without an import cycle.
"""
