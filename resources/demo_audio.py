"""Demo audio: synthetic Finnish recordings (espeak-ng, see demo_media/README.md) for
key phrases and one chapter, loaded into the wagtailmedia library. Idempotent."""

import json
from pathlib import Path

from django.core.files import File
from wagtailmedia.models import Media

from .models import GuideChapterPage

MEDIA_DIR = Path(__file__).resolve().parent / "demo_media"
# Finnish key word -> file; the word itself is the transcript.
PHRASES = {
    "neuvola": "neuvola.mp3",
    "terveysasema": "terveysasema.mp3",
    "päivystys": "paivystys.mp3",
    "kotikunta": "kotikunta.mp3",
    "ajanvaraus": "ajanvaraus.mp3",
}
CHAPTER_RECORDING = {
    "file": "neuvola-esittely.mp3",
    "title": "Kuuntele: mikä on neuvola",
    "transcript": (
        "<p>Neuvolassa seurataan raskautta ja lapsen kasvua. Aika varataan puhelimella. "
        "Neuvola on maksuton.</p><p><em>Synteettinen puhe (espeak-ng), demoa varten.</em></p>"
    ),
    # The chapter whose key phrases include this word gets the recording.
    "chapter_with_phrase": "neuvola",
}
SYNTHETIC = "(synteettinen demo)"


def _media(filename: str, title: str) -> Media:
    title = f"{title} {SYNTHETIC}"
    media = Media.objects.filter(title=title).first()
    if media is None:
        media = Media(title=title, type="audio", duration=0)
        with open(MEDIA_DIR / filename, "rb") as handle:
            media.file.save(filename, File(handle), save=True)
    return media


def _phrases(blocks):
    for block in blocks:
        if block["type"] == "key_phrases":
            for item in block["value"]["phrases"]:
                yield item["value"] if "value" in item and "id" in item else item


def load():
    recordings = {word: _media(name, f"Ääntämys: {word}") for word, name in PHRASES.items()}
    chapter_audio = _media(CHAPTER_RECORDING["file"], CHAPTER_RECORDING["title"])
    for chapter in GuideChapterPage.objects.live().specific():
        blocks = list(chapter.body.get_prep_value())
        changed = False
        words = set()
        for phrase in _phrases(blocks):
            word = phrase.get("finnish", "")
            words.add(word)
            if word in recordings and not phrase.get("audio"):
                phrase["audio"] = recordings[word].pk
                changed = True
        wants_recording = CHAPTER_RECORDING["chapter_with_phrase"] in words
        if wants_recording and not any(block["type"] == "audio" for block in blocks):
            value = {
                "audio": chapter_audio.pk,
                "title": CHAPTER_RECORDING["title"],
                "transcript": CHAPTER_RECORDING["transcript"],
                "language": "" if chapter.locale.language_code == "fi" else "fi",
            }
            blocks.insert(0, {"type": "audio", "value": value})
            changed = True
        if changed:
            chapter.body = json.dumps(blocks)
            chapter.save_revision().publish()
