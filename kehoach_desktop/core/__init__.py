"""Domain rules and value types. No Qt, no database."""
