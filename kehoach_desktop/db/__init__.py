"""The store: tables, engine, migrations. Importing this package registers every table."""

from . import models, report_models, sync_models, tracking_models  # noqa: F401
