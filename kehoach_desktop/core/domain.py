"""The domain vocabulary: code names in English, the words users see in Vietnamese."""

from enum import StrEnum


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NEEDS_REWORK = "needs_rework"
    PAUSED = "paused"

    @property
    def label(self) -> str:
        return TASK_STATUS_LABELS[self]


TASK_STATUS_LABELS = {
    TaskStatus.NOT_STARTED: "Chưa triển khai",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.DONE: "Hoàn thành",
    TaskStatus.NEEDS_REWORK: "Chờ hoàn thiện",
    TaskStatus.PAUSED: "Tạm dừng",
}


class Recurrence(StrEnum):
    CONTINUOUS = "continuous"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    ON_EVENT = "on_event"

    @property
    def label(self) -> str:
        return RECURRENCE_LABELS[self]


RECURRENCE_LABELS = {
    Recurrence.CONTINUOUS: "Thường xuyên",
    Recurrence.MONTHLY: "Hàng tháng",
    Recurrence.QUARTERLY: "Hàng quý",
    Recurrence.YEARLY: "Hàng năm",
    Recurrence.ON_EVENT: "Khi có yêu cầu",
}


class Comparator(StrEnum):
    AT_LEAST = "≥"
    AT_MOST = "≤"
    EQUAL = "="


class Metric(StrEnum):
    """Weekly hamlet metrics; the values are the names used in the CLI and JSON."""

    VNEID = "vneid"
    VNEID_LEVEL2 = "vneid_level2"
    DVCTT = "dvctt"
    CASHLESS_HOUSEHOLDS = "cashless_households"
    OUTREACH_SESSIONS = "outreach_sessions"
    PEOPLE_REACHED = "people_reached"

    @property
    def label(self) -> str:
        return METRIC_LABELS[self]


METRIC_LABELS = {
    Metric.VNEID: "Hướng dẫn đăng ký VNeID",
    Metric.VNEID_LEVEL2: "Kích hoạt VNeID mức 2",
    Metric.DVCTT: "Hồ sơ DVCTT được hỗ trợ",
    Metric.CASHLESS_HOUSEHOLDS: "Hộ mới thanh toán không dùng tiền mặt",
    Metric.OUTREACH_SESSIONS: "Buổi tuyên truyền",
    Metric.PEOPLE_REACHED: "Lượt người được tiếp cận",
}


class WeekState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return WEEK_STATE_LABELS[self]


WEEK_STATE_LABELS = {
    WeekState.DRAFT: "Nháp",
    WeekState.SUBMITTED: "Đã gửi",
    WeekState.ACCEPTED: "Đã duyệt",
    WeekState.RETURNED: "Trả lại",
}


class Denominator(StrEnum):
    """What a computed rate is divided by; part of an indicator's definition."""

    POPULATION = "population"
    ADULTS = "adults"
    HOUSEHOLDS = "households"
    QUOTA = "quota"

    @property
    def label(self) -> str:
        return DENOMINATOR_LABELS[self]


DENOMINATOR_LABELS = {
    Denominator.POPULATION: "dân số",
    Denominator.ADULTS: "dân số trưởng thành",
    Denominator.HOUSEHOLDS: "số hộ",
    Denominator.QUOTA: "chỉ tiêu được giao",
}


class EvidenceReview(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {"pending": "Chờ duyệt", "accepted": "Đạt", "rejected": "Không đạt"}[self.value]


class ActivityKind(StrEnum):
    OUTREACH = "outreach"
    DOOR_TO_DOOR = "door_to_door"
    SERVICE_CENTRE_DUTY = "service_centre_duty"
    VNEID_GUIDANCE = "vneid_guidance"
    DVCTT_SUPPORT = "dvctt_support"
    DIGITAL_PAYMENT = "digital_payment"
    DIGITAL_SIGNATURE = "digital_signature"
    DIGITAL_LITERACY = "digital_literacy"
    TRAINING = "training"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ACTIVITY_KIND_LABELS[self]


ACTIVITY_KIND_LABELS = {
    ActivityKind.OUTREACH: "Tuyên truyền / họp dân / loa",
    ActivityKind.DOOR_TO_DOOR: "Đi từng nhà",
    ActivityKind.SERVICE_CENTRE_DUTY: "Trực tại Trung tâm Phục vụ hành chính công",
    ActivityKind.VNEID_GUIDANCE: "Hướng dẫn VNeID",
    ActivityKind.DVCTT_SUPPORT: "Hỗ trợ DVCTT",
    ActivityKind.DIGITAL_PAYMENT: "Hướng dẫn thanh toán số",
    ActivityKind.DIGITAL_SIGNATURE: "Chữ ký số",
    ActivityKind.DIGITAL_LITERACY: "Bình dân học vụ số",
    ActivityKind.TRAINING: "Tập huấn",
    ActivityKind.OTHER: "Khác",
}


class KehoachError(Exception):
    """An expected failure with a one-line Vietnamese message for the user."""
