"""Read and check the demo content in content/*.yaml.

Translators edit those files, so every mistake is reported with the file and the key
path (e.g. `guides/kotoudu-kotona.yaml: chapters[2].body[4].value.text: no 'ar'`)
instead of surfacing later as a KeyError deep in the loader.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

CONTENT_DIR = Path(__file__).parent / "content"

# Languages a translatable text may be given in (the site's content languages); Finnish
# is the source of every page.
LANGUAGES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
SOURCE_LANGUAGE = "fi"

BLOCK_TYPES = {"rich_text", "heading", "callout", "checklist", "key_phrases", "steps"}


class DemoContentError(ValueError):
    """A demo content file is missing, unreadable or has a wrong key or value."""


@dataclass(frozen=True)
class DemoContent:
    site: dict
    guides: list[dict]
    packages: list[dict]


def is_translated(value) -> bool:
    """A translatable text: a mapping of language codes to strings."""
    return (
        isinstance(value, dict)
        and bool(value)
        and all(key in LANGUAGES for key in value)
        and all(isinstance(text, str) for text in value.values())
    )


def localize(value, code: str):
    """`value` with every translatable text replaced by its `code` version."""
    if is_translated(value):
        return value[code]
    if isinstance(value, dict):
        return {key: localize(item, code) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, code) for item in value]
    return value


def languages(value) -> list[str]:
    """The languages a page is given in: those of its title, Finnish first."""
    return list(value["title"])


# Reading ------------------------------------------------------------------------------


@cache
def load_content(directory: Path = CONTENT_DIR) -> DemoContent:
    site = _read(directory, "site.yaml")
    _check_site(site, "site.yaml")
    guides = [_read_listed(directory, "guides", slug, _check_guide) for slug in site["guides"]]
    packages = [
        _read_listed(directory, "packages", slug, _check_package) for slug in site["theme_packages"]
    ]
    for folder, listed in (("guides", site["guides"]), ("packages", site["theme_packages"])):
        extra = sorted(p.stem for p in (directory / folder).glob("*.yaml") if p.stem not in listed)
        if extra:
            raise DemoContentError(
                f"site.yaml: {folder} does not list {', '.join(extra)} "
                f"(add them to the list or delete {folder}/<name>.yaml)"
            )
    _check_references(site, guides, packages)
    return DemoContent(site=site, guides=guides, packages=packages)


def _read(directory: Path, name: str) -> dict:
    path = directory / name
    try:
        with path.open(encoding="utf-8") as stream:
            data = yaml.safe_load(stream)
    except FileNotFoundError:
        raise DemoContentError(f"{name}: file not found in {directory}") from None
    except yaml.YAMLError as error:
        raise DemoContentError(f"{name}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise DemoContentError(f"{name}: expected a mapping of keys at the top level")
    return data


def _read_listed(directory, folder, slug, check):
    name = f"{folder}/{slug}.yaml"
    data = _read(directory, name)
    check(data, name)
    if data["slug"] != slug:
        raise DemoContentError(f"{name}: slug is {data['slug']!r}, the file name says {slug!r}")
    return data


# Checking -----------------------------------------------------------------------------


def _fail(name, where, message):
    raise DemoContentError(f"{name}: {where}: {message}" if where else f"{name}: {message}")


def _require(data, keys, name, where=""):
    for key, kind in keys.items():
        path = f"{where}.{key}" if where else key
        if key not in data:
            _fail(name, path, "missing")
        if not isinstance(data[key], kind):
            expected = (
                kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            )
            _fail(name, path, f"expected {expected}, got {type(data[key]).__name__}")


def _check_text(value, codes, name, where):
    """A translatable text in exactly the page's languages, none empty."""
    if not is_translated(value):
        _fail(name, where, f"expected one text per language ({', '.join(codes)}), got {value!r}")
    missing = [code for code in codes if code not in value]
    if missing:
        _fail(name, where, f"no {', '.join(repr(code) for code in missing)} text")
    extra = [code for code in value if code not in codes]
    if extra:
        _fail(
            name,
            where,
            f"{', '.join(repr(code) for code in extra)} given but the page is only in "
            f"{', '.join(codes)} (add it to the title first)",
        )
    empty = [code for code in codes if not value[code].strip()]
    if empty:
        _fail(name, where, f"empty {', '.join(repr(code) for code in empty)} text")


def _check_translated_tree(value, codes, name, where):
    """Every text inside `value` (lists and mappings of them) is in the page's languages."""
    if isinstance(value, str):
        return  # the same in every language (a heading level, a Finnish key phrase)
    if is_translated(value) or (
        isinstance(value, dict) and value and all(key in LANGUAGES for key in value)
    ):
        _check_text(value, codes, name, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_translated_tree(item, codes, name, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_translated_tree(item, codes, name, f"{where}[{index}]")
    elif not isinstance(value, int | bool):
        _fail(name, where, f"unexpected {type(value).__name__} {value!r}")


def _check_title(data, name, where):
    title = data.get("title")
    if not is_translated(title) or SOURCE_LANGUAGE not in title:
        _fail(name, f"{where}title" if where else "title", "needs a Finnish (fi) title at least")
    return languages(data)


def _check_blocks(blocks, codes, name, where):
    if not isinstance(blocks, list):
        _fail(name, where, "expected a list of blocks")
    for index, block in enumerate(blocks):
        path = f"{where}[{index}]"
        if not isinstance(block, dict) or set(block) != {"type", "value"}:
            _fail(name, path, "a block has exactly two keys, type and value")
        if block["type"] not in BLOCK_TYPES:
            _fail(
                name,
                f"{path}.type",
                f"unknown block type {block['type']!r} (one of {', '.join(sorted(BLOCK_TYPES))})",
            )
        _check_translated_tree(block["value"], codes, name, f"{path}.value")


def _check_site(site, name):
    _require(
        site,
        {
            "themes": list,
            "audiences": list,
            "venues": list,
            "home": dict,
            "indexes": dict,
            "meeting_notes": dict,
            "meetings": list,
            "guides": list,
            "theme_packages": list,
        },
        name,
    )
    for index, theme in enumerate(site["themes"]):
        _require(theme, {"slug": str, "name": dict}, name, f"themes[{index}]")
        _check_text(theme["name"], list(theme["name"]), name, f"themes[{index}].name")
    for index, venue in enumerate(site["venues"]):
        _require(
            venue, {"name": str, "municipality": str, "address": str}, name, f"venues[{index}]"
        )
    for key in ("title", "welcome_title", "welcome_text", "volunteer_call"):
        _require(site["home"], {key: dict}, name, "home")
        _check_text(site["home"][key], list(site["home"][key]), name, f"home.{key}")
    for model, spec in site["indexes"].items():
        _require(spec, {"slug": str, "title": dict, "intro": dict}, name, f"indexes.{model}")
        _check_text(spec["intro"], list(spec["intro"]), name, f"indexes.{model}.intro")
    _check_text(site["meeting_notes"], list(site["meeting_notes"]), name, "meeting_notes")
    for index, meeting in enumerate(site["meetings"]):
        _require(
            meeting,
            {
                "days_from_today": int,
                "hour": int,
                "package": str,
                "venue": int,
                "language_group": str,
                "interpreters": list,
            },
            name,
            f"meetings[{index}]",
        )


def _check_guide(guide, name):
    _require(
        guide,
        {
            "slug": str,
            "public": bool,
            "audience": list,
            "title": dict,
            "intro": dict,
            "chapters": list,
        },
        name,
    )
    codes = _check_title(guide, name, "")
    _check_text(guide["intro"], codes, name, "intro")
    seen = set()
    for index, chapter in enumerate(guide["chapters"]):
        where = f"chapters[{index}]"
        _require(chapter, {"slug": str, "title": dict, "summary": dict, "body": list}, name, where)
        if chapter["slug"] in seen:
            _fail(name, f"{where}.slug", f"{chapter['slug']!r} is used twice")
        seen.add(chapter["slug"])
        chapter_codes = _check_title(chapter, name, f"{where}.")
        outside = [code for code in chapter_codes if code not in codes]
        if outside:
            _fail(name, f"{where}.title", f"{', '.join(outside)} but the guide is not")
        _check_text(chapter["summary"], chapter_codes, name, f"{where}.summary")
        _check_blocks(chapter["body"], chapter_codes, name, f"{where}.body")


PACKAGE_TEXTS = ("intro", "spouse_tasks", "children_tasks", "childcare_notes", "interpreter_notes")


def _check_package(package, name):
    _require(
        package,
        {
            "slug": str,
            "theme": str,
            "audience": list,
            "duration_minutes": int,
            "title": dict,
            "objectives": list,
            "agenda": list,
            "languages_available": list,
        },
        name,
    )
    codes = _check_title(package, name, "")
    for key in PACKAGE_TEXTS:
        if key in package:
            _check_text(package[key], codes, name, key)
    for index, objective in enumerate(package["objectives"]):
        _check_text(objective, codes, name, f"objectives[{index}]")
    for index, item in enumerate(package["agenda"]):
        where = f"agenda[{index}]"
        _require(item, {"title": dict, "minutes": int, "description": dict}, name, where)
        _check_text(item["title"], codes, name, f"{where}.title")
        _check_text(item["description"], codes, name, f"{where}.description")
    _check_blocks(package.get("body", []), codes, name, "body")
    for index, pair in enumerate(package.get("related_chapters", [])):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(s, str) for s in pair)
        ):
            _fail(name, f"related_chapters[{index}]", "expected [guide slug, chapter slug]")


def _check_references(site, guides, packages):
    themes = {theme["slug"] for theme in site["themes"]}
    chapters = {(g["slug"], c["slug"]) for g in guides for c in g["chapters"]}
    for package in packages:
        name = f"packages/{package['slug']}.yaml"
        if package["theme"] not in themes:
            _fail(name, "theme", f"{package['theme']!r} is not a theme in site.yaml")
        for audience in package["audience"]:
            if audience not in site["audiences"]:
                _fail(name, "audience", f"{audience!r} is not an audience in site.yaml")
        for index, pair in enumerate(package.get("related_chapters", [])):
            if tuple(pair) not in chapters:
                _fail(name, f"related_chapters[{index}]", f"no chapter {'/'.join(pair)}")
    slugs = {package["slug"] for package in packages}
    for index, meeting in enumerate(site["meetings"]):
        if meeting["package"] not in slugs:
            _fail("site.yaml", f"meetings[{index}].package", f"no package {meeting['package']!r}")
        if not 0 <= meeting["venue"] < len(site["venues"]):
            _fail("site.yaml", f"meetings[{index}].venue", "no venue with that number")
