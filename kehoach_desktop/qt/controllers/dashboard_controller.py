"""Fills the dashboard from the plain Overview the main controller loaded."""

from typing import Any

from PySide6.QtCore import QObject

from ..i18n import format_date, format_percent
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
        if overview.plan_title:
            subtitle = self.tr("{commune} — {plan}. Tình hình đến ngày {date}.")
        else:
            subtitle = self.tr(
                "{commune}: chưa có kế hoạch. Nhập kế hoạch ở trang “Kế hoạch & nhiệm vụ”."
            )
        page.set_subtitle(
            subtitle.format(
                commune=overview.commune_name,
                plan=overview.plan_title,
                date=format_date(overview.on),
            )
        )
        page.tasks_card.show_figure(
            str(len(tasks)),
            self.tr("{done} hoàn thành, {open} đang theo dõi").format(
                done=done, open=len(tasks) - done
            ),
        )
        behind = sum(1 for w in warnings if w.kind == "behind")
        if not late:
            late_detail = self.tr("không có")
        elif behind:
            late_detail = self.tr("{count} nhiệm vụ khác chậm tiến độ").format(count=behind)
        else:
            late_detail = self.tr("cần đôn đốc ngay")
        page.late_card.show_figure(str(len(late)), late_detail, bool(late))
        judged = [i for i in overview.indicators if i.achieved is not None]
        achieved = sum(1 for i in judged if i.achieved)
        page.targets_card.show_figure(
            f"{achieved}/{len(overview.indicators)}",
            self.tr("{missed} chưa đạt, {unjudged} chưa có số liệu hoặc định tính").format(
                missed=len(judged) - achieved, unjudged=len(overview.indicators) - len(judged)
            ),
        )
        vneid = next(
            (i for i in overview.indicators if i.measure == "computed" and "VNeID" in i.name), None
        )
        if vneid is not None and vneid.current_value is not None:
            page.vneid_card.show_figure(
                format_percent(vneid.current_value),
                self.tr("mục tiêu {target}; cách tính: {method}").format(
                    target=vneid.target_text, method=vneid.method
                ),
                alarming=vneid.achieved is False,
            )
        else:
            page.vneid_card.show_figure("—", self.tr("chưa có số liệu"))
        kinds = {w.kind for w in warnings}
        page.warnings_card.show_figure(
            str(len(warnings)),
            self.tr("{count} loại cảnh báo").format(count=len(kinds))
            if warnings
            else self.tr("không có cảnh báo"),
            bool(warnings),
        )
        page.warning_model.set_rows(warnings)
        page.target_model.set_rows(overview.indicators)
        page.due_model.set_rows(list(getattr(overview, "due_this_week", [])))
        page.show_hamlet_rates(overview.hamlets)
