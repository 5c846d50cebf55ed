"""The phoihop ontology (``phoihop.ttl``) and SHACL shapes (``shapes.ttl``), shipped as package data."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_PATH = HERE / "phoihop.ttl"
SHAPES_PATH = HERE / "shapes.ttl"
