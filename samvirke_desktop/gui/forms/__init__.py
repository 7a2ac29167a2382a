"""Python generated from ui/*.ui by scripts/build-forms: never edit by hand."""
