"""The connection dialog, its controller and the profile switcher."""
