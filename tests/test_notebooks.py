"""The notebooks run top to bottom on the bundled samples, and are committed without outputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:3] == ["01-quickstart.ipynb", "02-network.ipynb", "03-time.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stripped(path):
    import nbformat

    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{path.name}: outputs are committed (strip them: see notebooks/README.md)"
            )


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    book = nbformat.read(path, as_version=4)
    # The kernel is this interpreter (jupyter_client runs a "python" kernel spec with
    # sys.executable); the notebook's temporary store goes under tmp_path.
    env_tmp = {"TMPDIR": str(tmp_path)}
    old = {k: os.environ.get(k) for k in env_tmp}
    os.environ.update(env_tmp)
    try:
        client = NotebookClient(
            book, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(path.parent)}}
        )
        client.execute()  # raises CellExecutionError naming the failing cell
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    outputs = [o for c in book.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "quads from" in text
