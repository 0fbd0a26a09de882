"""The search benchmark (manage.py search_benchmark): a synthetic French corpus and the measurements."""
