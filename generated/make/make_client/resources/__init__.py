"""One module per resource (tag); reached through ``Client``/``AsyncClient`` attributes."""
