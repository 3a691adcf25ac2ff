"""Each hamlet's Tổ công nghệ số cộng đồng (Tổ CNSCĐ): its members, their roles and phones.

Cài đặt → Ấp và số liệu → "Tổ CNSCĐ…", or `kehoach hamlet team|member …`.

- A role is one of :data:`ROLES`; a stored role may say more ("Tổ trưởng (trưởng ấp)" in the
  demo): it is read by its folded beginning and kept as written while the role stays the same.
- A team has at most one Tổ trưởng; a second one is refused, naming both.
- Names are NFC with collapsed spaces; a phone number is checked loosely (digits, spaces,
  "+", "." and "-"; 9 to 11 digits) and stored as typed, cleaned.
- :func:`save_team` takes the whole wanted list (members with an id are updated, without one
  added, the others removed as tombstones) and writes it in one transaction; a refusal writes
  nothing. The team row is created with its first member when the hamlet has none.
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..core.domain import KehoachError
from ..core.text import clean, fold
from .store import Store
from .tracking import find_hamlet

if TYPE_CHECKING:
    from sqlmodel import Session

    from ..db.models import CommunityTeam, TeamMember

LEADER, DEPUTY, MEMBER = "Tổ trưởng", "Tổ phó", "Tổ viên"
#: The roles in a team, in the order they are listed.
ROLES = (LEADER, DEPUTY, MEMBER)
MAX_NAME = 120


@dataclass
class Member:
    """One member of a hamlet's team."""

    id: str
    name: str
    role: str  # one of ROLES
    role_text: str  # the role as stored ("Tổ trưởng (trưởng ấp)")
    phone: str
    organisation: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "role_text": self.role_text,
            "phone": self.phone or None,
            "organisation": self.organisation or None,
        }


@dataclass
class Team:
    """A hamlet's team: the decision that set it up and its members (leader first)."""

    hamlet: str
    decision_number: str
    decision_date: date | None
    members: list[Member]

    @property
    def leader(self) -> Member | None:
        return next((m for m in self.members if m.role == LEADER), None)

    def to_json(self) -> dict[str, object]:
        return {
            "hamlet": self.hamlet,
            "decision_number": self.decision_number or None,
            "decision_date": self.decision_date,
            "leader": self.leader.name if self.leader else None,
            "members": [m.to_json() for m in self.members],
        }


@dataclass
class MemberInput:
    """A member as typed: ``id`` is that of a stored member being edited, "" for a new one."""

    name: str
    role: str
    phone: str = ""
    id: str = ""


def role_of(text: str) -> str:
    """The role a stored or typed text names ("to truong", "Tổ viên (công an viên)"), or ""."""
    key = fold(text)
    return next((role for role in ROLES if key.startswith(fold(role))), "")


def parse_role(text: str) -> str:
    """A typed role, any accents or case; refused unless it is one of :data:`ROLES`."""
    role = role_of(text)
    if not role or fold(text) != fold(role):
        raise KehoachError(f"Vai trò “{clean(text)}” không hợp lệ: dùng {', '.join(ROLES)}.")
    return role


def clean_phone(text: str) -> str:
    """A phone number, cleaned; "" for none. Digits, spaces, "+", "." and "-" only, and 9 to
    11 digits ("0912 345 678", "+84 912.345.678")."""
    phone = clean(text)
    if not phone:
        return ""
    if not re.fullmatch(r"\+?[0-9 .\-]+", phone):
        raise KehoachError(
            f"Số điện thoại “{phone}” không hợp lệ: chỉ gồm chữ số, dấu cách, dấu chấm, "
            "dấu gạch ngang và dấu + ở đầu."
        )
    digits = len(re.sub(r"\D", "", phone))
    if not 9 <= digits <= 11:
        raise KehoachError(
            f"Số điện thoại “{phone}” có {digits} chữ số; số điện thoại có từ 9 đến 11 chữ số."
        )
    return phone


def _member_name(text: str) -> str:
    name = clean(text)
    if not fold(name):
        raise KehoachError("Chưa nhập họ và tên thành viên.")
    if len(name) > MAX_NAME:
        raise KehoachError(f"Họ và tên quá dài ({len(name)} ký tự; tối đa {MAX_NAME}).")
    return name


def check_members(members: list[MemberInput]) -> list[MemberInput]:
    """The members cleaned (names NFC, roles one of :data:`ROLES`, phones checked), refused
    with a message naming the member; at most one Tổ trưởng."""
    result = []
    for number, member in enumerate(members, start=1):
        where = f"Thành viên thứ {number}"
        try:
            name = _member_name(member.name)
            where = name
            role = parse_role(member.role)
            phone = clean_phone(member.phone)
        except KehoachError as error:
            raise KehoachError(f"{where}: {error}") from None
        result.append(MemberInput(name, role, phone, member.id))
    leaders = [m.name for m in result if m.role == LEADER]
    if len(leaders) > 1:
        raise KehoachError(
            f"Mỗi tổ chỉ có một Tổ trưởng, nhưng {' và '.join(leaders)} đều là Tổ trưởng: "
            "hãy đổi vai trò của một người thành Tổ phó hoặc Tổ viên."
        )
    return result


def _team_row(session: "Session", hamlet_id: str) -> "CommunityTeam | None":
    from sqlmodel import col, select

    from ..db.models import CommunityTeam

    return session.exec(
        select(CommunityTeam)
        .where(CommunityTeam.hamlet_id == hamlet_id, col(CommunityTeam.deleted).is_(False))
        .order_by(col(CommunityTeam.change_seq))
    ).first()


def _member_rows(session: "Session", team_id: str) -> list["TeamMember"]:
    from sqlmodel import col, select

    from ..db.models import TeamMember

    return list(
        session.exec(
            select(TeamMember)
            .where(TeamMember.team_id == team_id, col(TeamMember.deleted).is_(False))
            .order_by(col(TeamMember.created_at), col(TeamMember.change_seq))
        )
    )


def _team(session: "Session", hamlet: str) -> Team:
    found = find_hamlet(session, hamlet)
    team = _team_row(session, found.id)
    if team is None:
        return Team(found.name, "", None, [])
    members = [
        Member(m.id, m.name, role_of(m.role) or MEMBER, m.role, m.phone, m.organisation)
        for m in _member_rows(session, team.id)
    ]
    members.sort(key=lambda m: ROLES.index(m.role))  # stable: the order of addition within
    return Team(found.name, team.decision_number, team.decision_date, members)


def team_of(store: Store, hamlet: str) -> Team:
    """A hamlet's team (found by name or code, any accents); no members when it has none."""
    with store.session() as session:
        return _team(session, hamlet)


def save_team(store: Store, hamlet: str, members: list[MemberInput]) -> Team:
    """Make the hamlet's team be ``members``, in one transaction: those with an id are updated,
    those without are added, the stored ones left out are removed (tombstones)."""
    from ..db.models import CommunityTeam, TeamMember

    wanted = check_members(members)
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        team = _team_row(session, found.id)
        if team is None:
            if not wanted:
                return Team(found.name, "", None, [])
            team = CommunityTeam(hamlet_id=found.id)
            session.add(team)
            session.flush()
        stored = {m.id: m for m in _member_rows(session, team.id)}
        unknown = [m.name for m in wanted if m.id and m.id not in stored]
        if unknown:
            raise KehoachError(
                f"{unknown[0]}: không còn trong tổ của {found.name} (có thể vừa bị bỏ ở nơi "
                "khác); hãy mở lại danh sách."
            )
        kept = {m.id for m in wanted if m.id}
        for gone in stored.values():
            if gone.id not in kept:
                gone.deleted = True
                session.add(gone)
        for member in wanted:
            row = stored.get(member.id) if member.id else None
            if row is None:
                session.add(
                    TeamMember(
                        team_id=team.id, name=member.name, role=member.role, phone=member.phone
                    )
                )
                continue
            # A stored role that says more keeps its words while the role is the same.
            role = row.role if (role_of(row.role) or MEMBER) == member.role else member.role
            if (row.name, row.role, row.phone) != (member.name, role, member.phone):
                row.name, row.role, row.phone = member.name, role, member.phone
                session.add(row)
        session.flush()
        return _team(session, found.name)


def _find_member(team: Team, name: str) -> Member:
    key = fold(name)
    found = [m for m in team.members if fold(m.name) == key]
    if not found:
        raise KehoachError(f"Tổ của {team.hamlet} không có thành viên “{clean(name)}”.")
    if len(found) > 1:
        raise KehoachError(
            f"Tổ của {team.hamlet} có {len(found)} thành viên tên “{found[0].name}”: hãy sửa "
            "trong ứng dụng (Cài đặt → Ấp và số liệu → Tổ CNSCĐ)."
        )
    return found[0]


def _inputs(team: Team) -> list[MemberInput]:
    return [MemberInput(m.name, m.role, m.phone, m.id) for m in team.members]


def add_member(
    store: Store, hamlet: str, name: str, role: str, phone: str = ""
) -> tuple[Team, Member]:
    """Add a member to the hamlet's team (the team is created if the hamlet has none); the
    team after, and the member added."""
    team = team_of(store, hamlet)
    before = {m.id for m in team.members}
    after = save_team(store, team.hamlet, [*_inputs(team), MemberInput(name, role, phone)])
    return after, next(m for m in after.members if m.id not in before)


def remove_member(store: Store, hamlet: str, name: str) -> tuple[Team, Member]:
    """Remove a member (found by name, any accents) from the hamlet's team (a tombstone)."""
    team = team_of(store, hamlet)
    member = _find_member(team, name)
    rest = [m for m in _inputs(team) if m.id != member.id]
    return save_team(store, team.hamlet, rest), member
