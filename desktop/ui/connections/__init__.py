"""The connection dialog: a shell (dialog.py) plus one form per way of connecting, over the
rows they share (shared_fields.py), in the manner of MusicBrainz Picard's option pages."""
