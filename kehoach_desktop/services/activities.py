"""The Tổ CNSCĐ activity log (nhật ký): what a hamlet's team did, where, for how many people,
what citizens said and whether it was passed on, with photos as evidence; and the team itself."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from ..core.domain import ACTIVITY_KIND_LABELS, ActivityKind, KehoachError
from ..core.text import clean, fold
from ..core.vnformat import format_date
from ..db.models import Activity, CommunityTeam, Evidence, TeamMember
from ..db.raw import raw_connection
from .evidence import EvidenceRow, Progress, _noop, attaching, evidence_row, stage_files
from .store import Store
from .tracking import find_hamlet, live_hamlets

#: More people than this at one activity of a hamlet team is a typing slip.
MAX_PEOPLE_REACHED = 10_000


def parse_kind(text: str) -> ActivityKind:
    """A kind as the CLI names it ("door_to_door") or as users read it ("Đi từng nhà")."""
    key = fold(text)
    for kind in ActivityKind:
        label = ACTIVITY_KIND_LABELS[kind]
        if key in (fold(kind.value), fold(label)) or (
            key and fold(label).startswith(key) and len(key) >= 4
        ):
            return kind
    known = "; ".join(f"{k.value} ({ACTIVITY_KIND_LABELS[k]})" for k in ActivityKind)
    raise KehoachError(f"Hình thức hoạt động không hợp lệ: “{text}”. Dùng một trong: {known}.")


@dataclass
class ActivityRow:
    id: str
    on_date: date
    hamlet_id: str
    hamlet: str
    kind: str
    description: str
    place: str
    members_present: str
    people_reached: int
    feedback: str
    feedback_forwarded: bool
    photos: list[EvidenceRow] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        try:
            return ACTIVITY_KIND_LABELS[ActivityKind(self.kind)]
        except ValueError:
            return self.kind

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "date": self.on_date,
            "hamlet": self.hamlet,
            "kind": self.kind,
            "kind_label": self.kind_label,
            "description": self.description,
            "place": self.place,
            "members_present": self.members_present,
            "people_reached": self.people_reached,
            "feedback": self.feedback,
            "feedback_forwarded": self.feedback_forwarded,
            "photos": [p.to_json() for p in self.photos],
        }


def add_activity(
    store: Store,
    hamlet: str,
    on_date: date,
    kind: str | ActivityKind,
    description: str,
    place: str = "",
    members_present: str = "",
    people_reached: int = 0,
    feedback: str = "",
    feedback_forwarded: bool = False,
    photos: Sequence[str | Path] = (),
    today: date | None = None,
    progress: Progress = _noop,
) -> ActivityRow:
    """Log one activity of a hamlet's team; photos are stored as evidence by SHA-256."""
    today = today or date.today()
    activity_kind = parse_kind(kind) if isinstance(kind, str) else kind
    description = clean(description)
    if not description:
        raise KehoachError("Thiếu nội dung hoạt động (--description): đã làm gì, cho ai.")
    if on_date > today:
        raise KehoachError(
            f"Ngày hoạt động {format_date(on_date)} là ngày trong tương lai "
            f"(hôm nay {format_date(today)})."
        )
    if isinstance(people_reached, bool) or not isinstance(people_reached, int):
        raise KehoachError("Số người được tiếp cận phải là số nguyên.")
    if not 0 <= people_reached <= MAX_PEOPLE_REACHED:
        raise KehoachError(
            f"Số người được tiếp cận phải từ 0 đến {MAX_PEOPLE_REACHED}, không phải "
            f"{people_reached}."
        )
    staged = stage_files(photos, progress)
    with attaching(store) as attach, store.session() as session:
        found = find_hamlet(session, hamlet)
        activity = Activity(
            hamlet_id=found.id,
            on_date=on_date,
            kind=activity_kind.value,
            description=description,
            place=clean(place),
            members_present=clean(members_present),
            people_reached=people_reached,
            feedback=clean(feedback),
            feedback_forwarded=bool(feedback_forwarded),
        )
        session.add(activity)
        session.flush()
        pieces = []
        for item in staged:
            piece = attach(session, item)
            piece.activity_id = activity.id
            session.add(piece)
            pieces.append(piece)
        session.flush()
        subject = f"Nhật ký {found.name}"
        return ActivityRow(
            id=activity.id,
            on_date=activity.on_date,
            hamlet_id=found.id,
            hamlet=found.name,
            kind=activity.kind,
            description=activity.description,
            place=activity.place,
            members_present=activity.members_present,
            people_reached=activity.people_reached,
            feedback=activity.feedback,
            feedback_forwarded=activity.feedback_forwarded,
            photos=[evidence_row(store.folder, p, subject) for p in pieces],
        )


def list_activities(
    store: Store,
    hamlet: str | None = None,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
) -> list[ActivityRow]:
    """The log, newest first, optionally for one hamlet, a date range and a kind."""
    with store.session() as session:
        hamlets = {h.id: h for h in live_hamlets(raw_connection(session))}
        query = select(Activity).where(col(Activity.deleted).is_(False))
        if hamlet:
            query = query.where(Activity.hamlet_id == find_hamlet(session, hamlet).id)
        if start:
            query = query.where(col(Activity.on_date) >= start)
        if end:
            query = query.where(col(Activity.on_date) <= end)
        if kind:
            query = query.where(Activity.kind == parse_kind(kind).value)
        activities = [
            a
            for a in session.exec(
                query.order_by(col(Activity.on_date).desc(), col(Activity.created_at).desc())
            )
            if a.hamlet_id in hamlets
        ]
        photos: dict[str, list[EvidenceRow]] = {}
        ids = [a.id for a in activities]
        owner = {a.id: a.hamlet_id for a in activities}
        if ids:
            for piece in session.exec(
                select(Evidence).where(
                    col(Evidence.activity_id).in_(ids), col(Evidence.deleted).is_(False)
                )
            ):
                hamlet_name = hamlets[owner[piece.activity_id or ""]].name
                photos.setdefault(piece.activity_id or "", []).append(
                    evidence_row(store.folder, piece, f"Nhật ký {hamlet_name}")
                )
        return [
            ActivityRow(
                id=a.id,
                on_date=a.on_date,
                hamlet_id=a.hamlet_id,
                hamlet=hamlets[a.hamlet_id].name,
                kind=a.kind,
                description=a.description,
                place=a.place,
                members_present=a.members_present,
                people_reached=a.people_reached,
                feedback=a.feedback,
                feedback_forwarded=a.feedback_forwarded,
                photos=photos.get(a.id, []),
            )
            for a in activities
        ]


@dataclass
class TeamMemberRow:
    name: str
    role: str
    organisation: str
    phone: str


@dataclass
class TeamInfo:
    hamlet: str
    decision_number: str
    decision_date: date | None
    members: list[TeamMemberRow]

    def summary(self) -> str:
        """One line: "Tổ CNSCĐ Ấp 3: Quyết định số 112/QĐ-UBND ngày 20/03/2026; 4 thành viên: …"."""
        decision = ""
        if self.decision_number:
            decision = f"Quyết định số {self.decision_number}"
            if self.decision_date:
                decision += f" ngày {format_date(self.decision_date)}"
        people = ", ".join(f"{m.name} ({m.role})" if m.role else m.name for m in self.members)
        parts = [p for p in (decision, f"{len(self.members)} thành viên: {people}") if p]
        return f"Tổ CNSCĐ {self.hamlet}: " + "; ".join(parts)


def team_info(store: Store, hamlet: str) -> TeamInfo:
    """The hamlet's Tổ CNSCĐ: the decision that set it up and its members."""
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        team = session.exec(
            select(CommunityTeam).where(
                CommunityTeam.hamlet_id == found.id, col(CommunityTeam.deleted).is_(False)
            )
        ).first()
        if team is None:
            return TeamInfo(found.name, "", None, [])
        members = [
            TeamMemberRow(m.name, m.role, m.organisation, m.phone)
            for m in session.exec(
                select(TeamMember).where(
                    TeamMember.team_id == team.id, col(TeamMember.deleted).is_(False)
                )
            )
        ]
        return TeamInfo(found.name, team.decision_number, team.decision_date, members)
