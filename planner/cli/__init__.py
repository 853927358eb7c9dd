"""The `repatplan` command line."""
