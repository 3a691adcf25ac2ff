"""Fills the dashboard from the plain Overview the main controller loaded."""

from typing import Any

from PySide6.QtCore import QObject

from ...core.vnformat import format_date, format_percent
from ..views.dashboard import DashboardPage


class DashboardController(QObject):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page

    def show(self, overview: Any) -> None:
        page = self.page
        tasks = overview.tasks
        done = sum(1 for t in tasks if t.status == "done")
        warnings = list(getattr(overview, "warnings", []))
        late = [w for w in warnings if w.kind == "overdue"]
        page.set_subtitle(
            f"{overview.commune_name} — {overview.plan_title}. Tình hình đến ngày "
            f"{format_date(overview.on)}."
        )
        page.tasks_card.show_figure(
            str(len(tasks)), f"{done} hoàn thành, {len(tasks) - done} đang theo dõi"
        )
        behind = sum(1 for w in warnings if w.kind == "behind")
        page.late_card.show_figure(
            str(len(late)),
            (f"{behind} nhiệm vụ khác chậm tiến độ" if behind else "cần đôn đốc ngay")
            if late
            else "không có",
            bool(late),
        )
        judged = [i for i in overview.indicators if i.achieved is not None]
        achieved = sum(1 for i in judged if i.achieved)
        page.targets_card.show_figure(
            f"{achieved}/{len(overview.indicators)}",
            f"{len(judged) - achieved} chưa đạt, "
            f"{len(overview.indicators) - len(judged)} chưa có số liệu hoặc định tính",
        )
        vneid = next(
            (i for i in overview.indicators if i.measure == "computed" and "VNeID" in i.name), None
        )
        if vneid is not None and vneid.current_value is not None:
            page.vneid_card.show_figure(
                format_percent(vneid.current_value),
                f"mục tiêu {vneid.target_text}; cách tính: {vneid.method}",
                alarming=vneid.achieved is False,
            )
        else:
            page.vneid_card.show_figure("—", "chưa có số liệu")
        kinds = {w.kind for w in warnings}
        page.warnings_card.show_figure(
            str(len(warnings)),
            f"{len(kinds)} loại cảnh báo" if warnings else "không có cảnh báo",
            bool(warnings),
        )
        page.warning_model.set_rows(warnings)
        page.target_model.set_rows(overview.indicators)
        page.due_model.set_rows(list(getattr(overview, "due_this_week", [])))
        page.show_hamlet_rates(overview.hamlets)
