"""Kế hoạch CĐS Desktop: the commune's digital-transformation plan, tracked offline."""

__version__ = "0.1.0"
APP_NAME = "Kế hoạch CĐS Desktop"
