"""Stream fields stored in the block format wagtail-localize reads."""

from wagtail.fields import StreamField


class BlockFormatStreamsMixin:
    """Stores every StreamField of the page in Wagtail's block format (list items
    with ids).

    wagtail-localize only offers the items of a list block (checklist items, key
    phrases, steps) for translation when they are stored in that format. The admin
    form writes it, but a value assigned as JSON (the demo loader, imports, tests)
    would be saved as it came, with plain lists. Binding each block before saving
    makes Wagtail write the value back through the blocks, with ids.
    """

    def save(self, *args, **kwargs):
        for field in self._meta.concrete_fields:
            if isinstance(field, StreamField):
                for _block in getattr(self, field.attname):
                    pass
        return super().save(*args, **kwargs)
