"""Tables added by the tracking area (see models.py for the conventions: Record, NaiveDatetime).

No ``from __future__ import annotations`` here: sqlmodel reads the annotations at run time.
"""

from pydantic import NaiveDatetime
from sqlmodel import Field

from .models import Record, utcnow


class HamletWeekEvent(Record, table=True):
    """One step of a hamlet week's workflow: who moved it from which state to which, and why.

    Returning a week needs a comment and unlocking an accepted week needs a reason; both are
    kept here, so the history of a week survives later changes of its state.
    """

    __tablename__ = "hamlet_week_event"
    hamlet_week_id: str = Field(foreign_key="hamlet_week.id", index=True)
    # submit, accept, return, unlock
    action: str
    state_from: str
    state_to: str
    at: NaiveDatetime = Field(default_factory=utcnow)
    author: str = ""
    note: str = ""
