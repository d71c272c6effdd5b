"""A file's chip in the strip is this size: the strip sizes its rows by it before any chip (and
the chip's module) is loaded."""

CHIP_WIDTH = 248
CHIP_HEIGHT = 58
