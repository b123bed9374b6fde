"""Demo data: the departments, people and meetings of the two reports in ``minutes/``."""
