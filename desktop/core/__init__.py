"""Pure Python domain: request and response models, errors, stream decoding. No Qt, no IO."""
