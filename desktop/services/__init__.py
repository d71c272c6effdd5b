"""IO without Qt: the Gemini client, authentication, configuration."""
