"""Work a web process does once instead of on its first requests
(gunicorn.conf.py's ``when_ready`` runs it in the master before forking):
compile the site's templates, load each language's translations and make
the page cache's rebuilding handler, so a new or recycled worker renders
its first page, and rebuilds its first stale one, as fast as its hundredth."""

from pathlib import Path

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation


def template_names() -> list[str]:
    """The names of the project's own templates (the site's folder and its
    apps' ``templates`` folders; the admin's own are left to be compiled
    when first used)."""
    from django.apps import apps

    folders = [Path(folder) for folder in settings.TEMPLATES[0]["DIRS"]]
    root = Path(settings.BASE_DIR)
    for config in apps.get_app_configs():
        path = Path(config.path)
        if root in path.parents and (path / "templates").is_dir():
            folders.append(path / "templates")
    names = set()
    for folder in folders:
        for file in folder.rglob("*"):
            if file.suffix in (".html", ".txt", ".xml") and file.is_file():
                names.add(file.relative_to(folder).as_posix())
    return sorted(names)


def warm() -> int:
    """Compile the templates into the engine's cached loader and load the
    translation catalogues and the URL resolver; returns how many
    templates were compiled."""
    engine = engines["django"]
    compiled = 0
    for name in template_names():
        try:
            engine.get_template(name)
            compiled += 1
        except (TemplateDoesNotExist, TemplateSyntaxError):
            continue
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Cakupan")
    get_resolver().url_patterns  # noqa: B018 - imports every urls module
    from . import page_cache

    page_cache._handler()  # the page cache's rebuilding handler
    return compiled
