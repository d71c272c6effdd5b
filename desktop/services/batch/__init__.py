"""Describe a whole folder: one question asked of many photos and videos, results saved as
they arrive (history), exported as CSV, JSON Lines or XMP sidecars."""
