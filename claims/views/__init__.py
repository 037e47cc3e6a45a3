"""Views by area: ``reading`` for everyone, ``editing`` for the editors group. Add a module for a new area."""
