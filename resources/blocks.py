"""StreamField blocks of the published content.

Block names match the block types of the demo content files, resources/demo/content/
(rich_text, heading, callout, checklist, key_phrases, steps), so they load without mapping.
Every block renders through a template under templates/blocks/.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock

from .video import embed_url

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 so the page outline stays valid under the h1."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"

    @staticmethod
    def _level_as_choice(value):
        # Demo content and older data may store the level as a number (2, 3).
        if isinstance(value, dict) and isinstance(value.get("level"), int):
            value = {**value, "level": f"h{min(max(value['level'], 2), 3)}"}
        return value

    def to_python(self, value):
        return super().to_python(self._level_as_choice(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([self._level_as_choice(v) for v in values])


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    """A link to a document (served through Wagtail, so collection privacy applies)."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document.html"


class VideoBlock(blocks.StructBlock):
    """A video embedded without any network call on our side: the player address is
    computed from the URL (YouTube, Vimeo) and the transcript is kept with it."""

    url = blocks.URLBlock(
        label=_("video address"),
        help_text=_("A YouTube or Vimeo address; other addresses are shown as a link."),
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        required=False,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("Write out what is said: some readers cannot hear or play the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = embed_url(value["url"])
        return context


class AudioBlock(blocks.StructBlock):
    """A recording with its transcript, for readers who listen rather than read (and
    the transcript for those who cannot hear it)."""

    audio = AudioChooserBlock(label=_("recording"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("Write out what is said, in the language of the recording."),
    )
    language = blocks.ChoiceBlock(
        label=_("language of the recording"),
        choices=settings.LANGUAGES,
        required=False,
        help_text=_("Leave empty when it is the language of the page."),
    )

    class Meta:
        icon = "wagtailmedia-audio"
        label = _("Audio")
        template = "blocks/audio.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted tip, note or warning."""

    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("tip", _("Tip")), ("note", _("Note")), ("warning", _("Warning"))],
        default="note",
    )
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"


class ChecklistBlock(blocks.StructBlock):
    """A list of things to do or bring."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("item"), max_length=300), label=_("items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "blocks/checklist.html"


class KeyPhraseBlock(blocks.StructBlock):
    """One Finnish phrase with its translation and an optional recording."""

    finnish = blocks.CharBlock(label=_("Finnish"), max_length=300)
    translation = blocks.CharBlock(label=_("translation"), required=False, max_length=300)
    # The Finnish phrase shown beside the player is the recording's transcript.
    audio = AudioChooserBlock(
        label=_("audio"),
        required=False,
        help_text=_("A recording of the Finnish phrase (mp3, m4a or ogg)."),
    )

    class Meta:
        icon = "openquote"
        label = _("Key phrase")


class KeyPhrasesBlock(blocks.StructBlock):
    """Useful Finnish phrases for a situation, each with its translation."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    phrases = blocks.ListBlock(KeyPhraseBlock(), label=_("phrases"))

    class Meta:
        icon = "openquote"
        label = _("Key phrases")
        template = "blocks/key_phrases.html"


class StepBlock(blocks.StructBlock):
    """One numbered step."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("text"), required=False, features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    """Numbered steps, e.g. how to book a neuvola appointment."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps.html"


class RichTextBlock(blocks.RichTextBlock):
    """Paragraphs, lists and links."""

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/rich_text.html"


class ContentStreamBlock(blocks.StreamBlock):
    """The body of guide chapters and theme packages."""

    rich_text = RichTextBlock(features=RICH_TEXT_FEATURES)
    heading = HeadingBlock()
    image = ImageBlock()
    document = DocumentBlock()
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    key_phrases = KeyPhrasesBlock()
    steps = StepsBlock()


class MaterialsStreamBlock(blocks.StreamBlock):
    """Materials of a theme package: documents, images and videos."""

    document = DocumentBlock()
    image = ImageBlock()
    video = VideoBlock()
