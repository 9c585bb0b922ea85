"""What every part of the demo firm is built with: one session, the rules, a seeded random
source, the demo's "today", the number of customers, progress, and the open store."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlmodel import Session

from ..progress import Progress
from ..regime.rulepack import RuleBook
from ..store.session import Store

DEMO_FIRM = "ТОО «Сарыарқа Цифрлық Майнинг» (Saryarka Digital Mining LLP)"


@dataclass
class DemoContext:
    session: Session
    rules: RuleBook
    rng: random.Random
    today: dt.date
    customers: int
    progress: Progress
    store: Store
