"""Tables added by the tracking area (see models.py for the conventions: Record, NaiveDatetime)."""
