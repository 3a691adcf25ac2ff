"""The domain's words in the interface language.

``core`` keeps the words users see in Vietnamese (task statuses, warning kinds, metrics…),
because reports and the CLI print them so. The interface passes them through Qt's translator
here, in the context "Vocabulary"; the literal list below is what pyside6-lupdate extracts
(tests check that it covers every label of ``core``).
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.domain import (
    ACTIVITY_KIND_LABELS,
    METRIC_LABELS,
    TASK_STATUS_LABELS,
    ActivityKind,
    EvidenceReview,
    Metric,
    TaskStatus,
    WeekState,
)
from ..core.vnformat import to_roman
from ..core.warnings import WARNING_KIND_LABELS, WarningKind
from .i18n import translate

CONTEXT = "Vocabulary"

WORDS = (
    # task statuses (core.domain.TASK_STATUS_LABELS)
    QT_TRANSLATE_NOOP("Vocabulary", "Chưa triển khai"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đang thực hiện"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hoàn thành"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chờ hoàn thiện"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tạm dừng"),
    # weekly metrics (METRIC_LABELS)
    QT_TRANSLATE_NOOP("Vocabulary", "Hướng dẫn đăng ký VNeID"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kích hoạt VNeID mức 2"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hồ sơ DVCTT được hỗ trợ"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hộ mới thanh toán không dùng tiền mặt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Buổi tuyên truyền"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lượt người được tiếp cận"),
    # week states (WEEK_STATE_LABELS) and the grid's "nothing yet"
    QT_TRANSLATE_NOOP("Vocabulary", "Nháp"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đã gửi"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đã duyệt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trả lại"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chưa nhập"),
    # evidence review (EvidenceReview.label)
    QT_TRANSLATE_NOOP("Vocabulary", "Chờ duyệt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đạt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Không đạt"),
    # activity kinds (ACTIVITY_KIND_LABELS)
    QT_TRANSLATE_NOOP("Vocabulary", "Tuyên truyền / họp dân / loa"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đi từng nhà"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trực tại Trung tâm Phục vụ hành chính công"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hướng dẫn VNeID"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hỗ trợ DVCTT"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hướng dẫn thanh toán số"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chữ ký số"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bình dân học vụ số"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tập huấn"),
    QT_TRANSLATE_NOOP("Vocabulary", "Khác"),
    # warning kinds (core.warnings.WARNING_KIND_LABELS)
    QT_TRANSLATE_NOOP("Vocabulary", "Quá hạn"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chậm tiến độ"),
    QT_TRANSLATE_NOOP("Vocabulary", "Minh chứng không đạt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ấp chưa gửi số liệu"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sắp đến hạn báo cáo"),
    # what the dashboard lists as due (services.dashboard.DueItem.kind_label)
    QT_TRANSLATE_NOOP("Vocabulary", "Nhiệm vụ đến hạn"),
    QT_TRANSLATE_NOOP("Vocabulary", "Báo cáo đến hạn"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tuần chưa gửi"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tuần chờ duyệt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Minh chứng chờ duyệt"),
    # what importing does to a row (services.plan_import.ACTION_LABELS)
    QT_TRANSLATE_NOOP("Vocabulary", "Mới"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cập nhật"),
    QT_TRANSLATE_NOOP("Vocabulary", "Không đổi"),
    QT_TRANSLATE_NOOP("Vocabulary", "Không còn trong tệp"),
)


def word(text: str) -> str:
    """A Vietnamese domain word in the interface language (unknown words pass unchanged)."""
    return translate(CONTEXT, text) if text else text


def task_status(status: str | None) -> str:
    try:
        return word(TASK_STATUS_LABELS[TaskStatus(status or "")])
    except ValueError:
        return status or ""


def metric(value: Metric) -> str:
    return word(METRIC_LABELS[value])


def warning_kind(kind: str | WarningKind) -> str:
    return word(WARNING_KIND_LABELS[WarningKind(kind)])


def activity_kind(kind: str | ActivityKind) -> str:
    try:
        return word(ACTIVITY_KIND_LABELS[ActivityKind(kind)])
    except ValueError:
        return str(kind)


def evidence_review(state: str) -> str:
    return word(EvidenceReview(state).label)


def week_state(state: str | None, with_lock: bool = True) -> str:
    """The state of a hamlet's week as the grid shows it ("Đã duyệt (khóa)")."""
    if state is None:
        return word("Chưa nhập")
    label = word(WeekState(state).label)
    if state == WeekState.ACCEPTED and with_lock:
        return translate("Vocabulary", "{state} (khóa)").format(state=label)
    return label


def period_label(period: Any) -> str:
    """A reporting period as the interface names it: "Quý I/2026", "Q1 2026"."""
    year, index = period.year, period.index
    if period.kind == "month":
        return translate("Vocabulary", "Tháng {month}/{year}").format(month=index, year=year)
    if period.kind == "quarter":
        return translate("Vocabulary", "Quý {quarter}/{year}").format(
            quarter=to_roman(index), year=year
        )
    if period.kind == "half":
        text = (
            translate("Vocabulary", "6 tháng đầu năm {year}")
            if index == 1
            else translate("Vocabulary", "6 tháng cuối năm {year}")
        )
        return text.format(year=year)
    return translate("Vocabulary", "Năm {year}").format(year=year)
