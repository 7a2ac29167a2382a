"""Table models (Qt Model/View) for the pages' lists."""
