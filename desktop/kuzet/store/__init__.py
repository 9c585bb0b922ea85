"""How records are kept: tables, the engine, migrations, the audit trail, the vault.

Kept import-light on purpose: ``kuzet.store.schema`` is read on every start before the
window shows, and must not pull in SQLAlchemy. Import submodules directly.
"""
