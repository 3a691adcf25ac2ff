"""The store: tables (models*.py), engine (engine.py), migrations (migrate.py), plain sqlite3
reads (raw.py).

Importing this package imports nothing heavy; ``engine`` registers every table module.
"""
