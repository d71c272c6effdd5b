"""The batch window: File ▸ Describe a folder…, the table of results, review and export."""
