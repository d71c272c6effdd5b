"""The endpoint groups LoopbackServer is made of, one mixin per wire format or feature."""
