"""Interactive API docs served from this process: no CDN, so they open on a closed network.

FastAPI's own ``/docs`` page loads Swagger UI from a public CDN. Here the same page loads
Swagger UI 5 from the ``swagger-ui-bundle-v2`` package (Swagger UI 4 cannot render the
OpenAPI 3.1 that FastAPI writes).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

__all__ = ["DOCS_ASSETS_PATH", "DOCS_PATH", "install_api_docs"]

DOCS_PATH = "/docs"
DOCS_ASSETS_PATH = "/docs/static"


def install_api_docs(app: FastAPI, *, title: str, persist_authorization: bool) -> None:
    """Serve Swagger UI at ``/docs`` and its assets under ``/docs/static``, neither in the schema.

    ``persist_authorization`` keeps the bearer token pasted into "Authorize" across page
    loads (in the browser's local storage): a convenience for local runs only.
    """
    app.mount(
        DOCS_ASSETS_PATH,
        StaticFiles(directory=str(swagger_ui_path)),
        name="swagger-ui-assets",
    )

    @app.get(DOCS_PATH, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        assets = root + DOCS_ASSETS_PATH
        return get_swagger_ui_html(
            openapi_url=root + (app.openapi_url or "/openapi.json"),
            title=f"{title} - API docs",
            swagger_js_url=f"{assets}/swagger-ui-bundle.js",
            swagger_css_url=f"{assets}/swagger-ui.css",
            swagger_favicon_url=f"{assets}/favicon-32x32.png",
            # No OAuth2 flow: callers paste a bearer token, so no redirect page is needed.
            oauth2_redirect_url=None,
            swagger_ui_parameters={"persistAuthorization": persist_authorization},
        )
