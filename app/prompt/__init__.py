"""What the model sees: the schema rendered compactly, and chat messages made for small models."""
