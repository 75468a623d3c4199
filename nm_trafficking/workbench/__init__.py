"""The task-force workbench: an HTTP service (FastAPI on uvicorn) and a browser app, served by
the library itself (``nm-trafficking serve``). See ``docs/workbench.md``.

``create_app()`` builds the ASGI app; ``app_factory`` is the import string uvicorn's workers
use. Nothing is stored or logged: fact patterns describe victims."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["app_factory", "create_app"]

if TYPE_CHECKING:
    from nm_trafficking.workbench.app import app_factory, create_app


def __getattr__(name: str) -> Any:
    # The web stack is imported only when the workbench is used.
    if name in __all__:
        from nm_trafficking.workbench import app

        return getattr(app, name)
    raise AttributeError(name)
