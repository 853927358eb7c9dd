"""repatplan desktop GUI (PySide6). The only package that imports Qt; it calls `planner`,
never the other way round."""
