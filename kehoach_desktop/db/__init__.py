"""The store: tables (models*.py), engine (engine.py), migrations (migrate.py).

Importing this package imports nothing heavy; ``engine`` registers every table module.
"""
