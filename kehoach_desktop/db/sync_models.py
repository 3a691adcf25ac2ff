"""Tables added by the sync area (see models.py for the conventions: Record, NaiveDatetime)."""
