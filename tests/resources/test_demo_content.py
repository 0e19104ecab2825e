"""The demo texts are data files a translator can edit: read, checked and localized."""

import shutil

import pytest

from resources.demo.data import CONTENT_DIR, DemoContentError, load_content, localize


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the content folder: edit(file, old, new) changes one text."""
    directory = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, directory)

    def edit(name, old, new):
        path = directory / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return directory

    return edit


def test_guides_have_their_chapters_in_reading_order():
    guides = {guide["slug"]: guide for guide in load_content().guides}
    assert len(guides["kotoudu-kotona"]["chapters"]) == 7
    assert len(guides["kotoutumisen-tuki"]["chapters"]) == 6
    assert guides["kotoudu-kotona"]["chapters"][1]["slug"] == "terveys-ja-neuvola"


def test_a_chapter_title_is_given_in_finnish_english_and_arabic():
    chapter = load_content().guides[0]["chapters"][1]
    assert chapter["title"] == {
        "fi": "Terveys ja neuvola",
        "en": "Health and the neuvola",
        "ar": "الصحة وعيادة نيوفولا",
    }


def test_a_package_meeting_plan_reads_in_each_language():
    package = next(p for p in load_content().packages if p["slug"] == "perheen-raha-arki")
    english = localize(package["agenda"], "en")
    assert english[0] == {
        "title": "Welcome and news",
        "minutes": 15,
        "description": english[0]["description"],
    }
    assert localize(package["agenda"], "fi")[0]["title"] == "Tervetuloa ja kuulumiset"
    assert sum(item["minutes"] for item in english) == package["duration_minutes"]


def test_a_missing_translation_names_the_file_and_key(content_copy):
    directory = content_copy("guides/kotoudu-kotona.yaml", "    ar: الصحة وعيادة نيوفولا\n", "")
    with pytest.raises(DemoContentError) as error:
        load_content(directory)
    assert str(error.value).startswith("guides/kotoudu-kotona.yaml: chapters[1].")


def test_a_missing_text_in_a_body_block_names_the_block(content_copy):
    directory = content_copy(
        "packages/perheen-raha-arki.yaml",
        "        en: 'Due date: the last day to pay the bill.'\n",
        "",
    )
    with pytest.raises(
        DemoContentError,
        match=r"perheen-raha-arki.yaml: body\[0\]\.value\.phrases\[0\]\.translation: no 'en' text",
    ):
        load_content(directory)


def test_broken_yaml_names_the_file_and_line(content_copy):
    directory = content_copy("packages/talvi-ja-luonto.yaml", "agenda:\n", "agenda: [\n")
    with pytest.raises(
        DemoContentError, match=r"(?s)packages/talvi-ja-luonto.yaml: not valid YAML.*line 35"
    ):
        load_content(directory)


def test_an_unknown_block_type_is_reported(content_copy):
    directory = content_copy(
        "guides/kotoutumisen-tuki.yaml", "- type: heading\n", "- type: headline\n"
    )
    with pytest.raises(
        DemoContentError,
        match=r"kotoutumisen-tuki.yaml: chapters\[\d\]\.body\[\d+\]\.type: unknown block ",
    ):
        load_content(directory)


def test_a_package_file_not_listed_in_site_yaml_is_reported(content_copy):
    directory = content_copy("site.yaml", "- tasa-arvo-ja-oikeudet\n", "")
    with pytest.raises(
        DemoContentError, match="site.yaml: packages does not list tasa-arvo-ja-oikeudet"
    ):
        load_content(directory)
