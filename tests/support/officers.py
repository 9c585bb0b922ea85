"""The officer a test's ``kuzet`` subprocess signs in as (issue #18: nobody signed in, no
write). On a fresh database the first command makes them the firm's first officer."""

from __future__ import annotations

OFFICER = "test.mlro"
PASSWORD = "test-password"
OFFICER_ENV = {"KUZET_OFFICER": OFFICER, "KUZET_PASSWORD": PASSWORD}
