"""Tables added by the report area (see models.py for the conventions: Record, NaiveDatetime)."""
