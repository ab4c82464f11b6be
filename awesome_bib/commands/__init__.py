"""One click command per module; cli.py imports each only when it runs."""
