"""Web stage: `detente web`, a local FastAPI app (detente.web.app.create_app) with read-only JSON
endpoints over one DuckDB file and a single static page (static/) drawn with plain JavaScript and SVG."""
